import { useId } from 'react';
import { shortCommitId } from '@/lib/format.ts';
import { useBranches } from '../api/list-branches.ts';

type RefSelectorProps = { repositoryName: string; commitSpecifier: string; onSelect: (ref: string) => void };

const isCommitId = (ref: string) => /^[0-9a-f]{40}$/i.test(ref);

/** Switches the view to another branch; a commit id in the URL shows as itself. */
export function RefSelector({ repositoryName, commitSpecifier, onSelect }: RefSelectorProps) {
  const id = useId();
  const branches = useBranches(repositoryName);
  const branchNames = (branches.data?.branches ?? []).map((branch) => branch.branchName ?? '').sort();
  const known = branchNames.includes(commitSpecifier);

  return (
    <div className="ref-selector">
      <label htmlFor={id} className="visually-hidden">
        Branch
      </label>
      <select id={id} value={commitSpecifier} onChange={(event) => onSelect(event.target.value)} disabled={branches.isPending}>
        {!known && (
          <option value={commitSpecifier}>
            {isCommitId(commitSpecifier) ? `commit ${shortCommitId(commitSpecifier)}` : commitSpecifier}
          </option>
        )}
        {branchNames.length > 0 && (
          <optgroup label="Branches">
            {branchNames.map((branchName) => (
              <option key={branchName} value={branchName}>
                {branchName}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
