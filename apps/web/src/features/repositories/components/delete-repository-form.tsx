import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { paths } from '@/lib/paths.ts';
import { useDeleteRepository } from '../api/delete-repository.ts';
import './settings.css';

/** Deleting needs the repository's name typed out, since nothing can bring it back. */
export function DeleteRepositoryForm({ repositoryName }: { repositoryName: string }) {
  const id = useId();
  const navigate = useNavigate();
  const remove = useDeleteRepository();
  const [typed, setTyped] = useState('');
  const confirmed = typed === repositoryName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    remove.mutate(repositoryName, {
      onSuccess: () =>
        navigate(paths.home(), { replace: true, state: { notice: `Deleted ${repositoryName}.` } }),
    });
  };

  return (
    <form
      className="panel settings-section settings-danger"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <div className="panel-header">
        <h2 id={`${id}-title`}>Delete this repository</h2>
      </div>
      <div className="panel-body">
        <p>
          This deletes the repository, its branches, commits and pull requests for good, and clones
          can no longer push to it.
        </p>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>
            Type <strong className="mono">{repositoryName}</strong> to confirm
          </label>
          <input
            id={`${id}-confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        {remove.isError && (
          <ErrorMessage title="The repository was not deleted" error={remove.error} />
        )}
        <button
          type="submit"
          className="button button-danger button-primary"
          disabled={!confirmed || remove.isPending}
        >
          {remove.isPending ? 'Deleting…' : 'Delete repository'}
        </button>
      </div>
    </form>
  );
}
