import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { useUpdateRepository } from '../api/update-repository.ts';
import './settings.css';

type DefaultBranchFormProps = {
  repositoryName: string;
  defaultBranch: string | undefined;
  branchNames: string[];
};

/** The branch the repository opens on and that new clones check out. */
export function DefaultBranchForm({
  repositoryName,
  defaultBranch,
  branchNames,
}: DefaultBranchFormProps) {
  const id = useId();
  const update = useUpdateRepository();
  const [branchName, setBranchName] = useState(defaultBranch ?? branchNames[0] ?? '');
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { repositoryName, defaultBranchName: branchName },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className="panel settings-section" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>Default branch</h2>
      </div>
      <div className="panel-body">
        {branchNames.length === 0 ? (
          <p className="muted">
            The repository has no branches yet: the first branch pushed becomes the default.
          </p>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-branch`}>Branch</label>
              <select
                id={`${id}-branch`}
                value={branchName}
                onChange={(event) => setBranchName(event.target.value)}
              >
                {branchNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            {update.isError && (
              <ErrorMessage title="The default branch was not changed" error={update.error} />
            )}
            {saved && !update.isPending && (
              <p className="notice notice-success" role="status">
                {branchName} is now the default branch.
              </p>
            )}
            <button
              type="submit"
              className="button button-primary"
              disabled={branchName === defaultBranch || update.isPending}
            >
              {update.isPending ? 'Saving…' : 'Set as default'}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
