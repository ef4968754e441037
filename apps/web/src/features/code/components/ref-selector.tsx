import { useId } from 'react';
import { shortCommitId } from '@/lib/format.ts';
import { useBranches } from '../api/list-branches.ts';
import { useGitTags } from '../api/list-git-tags.ts';

type RefSelectorProps = {
  repositoryName: string;
  commitSpecifier: string;
  onSelect: (ref: string) => void;
};

const isCommitId = (ref: string) => /^[0-9a-f]{40}$/i.test(ref);

/** Switches the view to another branch or tag; a commit id in the URL shows as itself. */
export function RefSelector({ repositoryName, commitSpecifier, onSelect }: RefSelectorProps) {
  const id = useId();
  const branches = useBranches(repositoryName);
  const tags = useGitTags(repositoryName);
  const branchNames = (branches.data?.branches ?? []).map((branch) => branch.branchName).sort();
  // Tags are a convenience: when git's protocol cannot be reached the branches still work.
  const tagNames = (tags.data?.tags ?? []).map((tag) => tag.tagName).sort();
  const known = branchNames.includes(commitSpecifier) || tagNames.includes(commitSpecifier);

  return (
    <div className="ref-selector">
      <label htmlFor={id} className="visually-hidden">
        Branch or tag
      </label>
      <select
        id={id}
        value={commitSpecifier}
        onChange={(event) => onSelect(event.target.value)}
        disabled={branches.isPending}
      >
        {!known && (
          <option value={commitSpecifier}>
            {isCommitId(commitSpecifier)
              ? `commit ${shortCommitId(commitSpecifier)}`
              : commitSpecifier}
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
        {tagNames.length > 0 && (
          <optgroup label="Tags">
            {tagNames.map((tagName) => (
              <option key={`tag:${tagName}`} value={tagName}>
                {tagName}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
