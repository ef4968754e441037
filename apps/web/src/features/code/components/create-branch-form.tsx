import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { useCreateBranch } from '../api/create-branch.ts';
import { useBranches } from '../api/list-branches.ts';
import { useGitTags } from '../api/list-git-tags.ts';
import { branchNameProblem } from '../lib/branch-name.ts';

/** A new branch from any branch, tag or commit id. */
export function CreateBranchForm({
  repositoryName,
  defaultBranch,
  onCreated,
}: {
  repositoryName: string;
  defaultBranch: string | undefined;
  onCreated?: (branchName: string) => void;
}) {
  const id = useId();
  const branches = useBranches(repositoryName);
  const tags = useGitTags(repositoryName);
  const createBranch = useCreateBranch();
  const [branchName, setBranchName] = useState('');
  const [from, setFrom] = useState(defaultBranch ?? '');
  const [submitted, setSubmitted] = useState(false);
  const problem = submitted ? branchNameProblem(branchName.trim()) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const name = branchName.trim();
    if (branchNameProblem(name) || !from.trim()) return;
    createBranch.mutate(
      { repositoryName, branchName: name, commitSpecifier: from.trim() },
      {
        onSuccess: () => {
          setBranchName('');
          setSubmitted(false);
          onCreated?.(name);
        },
      },
    );
  };

  return (
    <form
      className="panel create-branch"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <div className="panel-header">
        <h2 id={`${id}-title`}>Create a branch</h2>
      </div>
      <div className="panel-body create-branch-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>Branch name</label>
          <input
            id={`${id}-name`}
            value={branchName}
            onChange={(event) => setBranchName(event.target.value)}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${id}-problem` : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          {problem && (
            <span id={`${id}-problem`} className="field-error">
              {problem}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From branch, tag or commit id</label>
          <input
            id={`${id}-from`}
            list={`${id}-refs`}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={`${id}-refs`}>
            {(branches.data?.branches ?? []).map((branch) => (
              <option key={branch.branchName} value={branch.branchName} />
            ))}
            {(tags.data?.tags ?? []).map((tag) => (
              <option key={`tag:${tag.tagName}`} value={tag.tagName} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="button button-primary" disabled={createBranch.isPending}>
          {createBranch.isPending ? 'Creating…' : 'Create branch'}
        </button>
      </div>
      {createBranch.isError && (
        <div className="panel-body">
          <ErrorMessage title="The branch was not created" error={createBranch.error} />
        </div>
      )}
    </form>
  );
}
