import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { paths } from '@/lib/paths.ts';
import { useUpdateRepository } from '../api/update-repository.ts';
import { repositoryDescriptionProblem, repositoryNameProblem } from '../lib/validate-repository.ts';
import './settings.css';

type RepositoryDetailsFormProps = { repositoryName: string; repositoryDescription: string };

/** Rename the repository and change its description. */
export function RepositoryDetailsForm({
  repositoryName,
  repositoryDescription,
}: RepositoryDetailsFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const update = useUpdateRepository();
  const [name, setName] = useState(repositoryName);
  const [description, setDescription] = useState(repositoryDescription);
  const [saved, setSaved] = useState(false);

  const newName = name.trim();
  const nameProblem = newName === repositoryName ? undefined : repositoryNameProblem(newName);
  const descriptionProblem = repositoryDescriptionProblem(description);
  const changed = newName !== repositoryName || description !== repositoryDescription;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameProblem || descriptionProblem || !changed) return;
    setSaved(false);
    update.mutate(
      {
        repositoryName,
        ...(newName !== repositoryName ? { newName } : {}),
        ...(description !== repositoryDescription ? { repositoryDescription: description } : {}),
      },
      {
        onSuccess: () => {
          setSaved(true);
          if (newName !== repositoryName) {
            navigate(paths.settings(newName), {
              replace: true,
              state: { notice: `Renamed ${repositoryName} to ${newName}.` },
            });
          }
        },
      },
    );
  };

  return (
    <form
      className="panel settings-section"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <div className="panel-header">
        <h2 id={`${id}-title`}>Repository details</h2>
      </div>
      <div className="panel-body">
        <div className="field">
          <label htmlFor={`${id}-name`}>Repository name</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={Boolean(nameProblem)}
            aria-describedby={`${id}-name-hint`}
            autoComplete="off"
          />
          <span id={`${id}-name-hint`} className={nameProblem ? 'field-error' : 'field-hint'}>
            {nameProblem ??
              'Renaming changes the clone URLs: everyone with a clone must update their remote.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            aria-invalid={Boolean(descriptionProblem)}
            aria-describedby={`${id}-description-hint`}
          />
          <span
            id={`${id}-description-hint`}
            className={descriptionProblem ? 'field-error' : 'field-hint'}
          >
            {descriptionProblem ?? `${description.length} / 1,000 characters`}
          </span>
        </div>
        {update.isError && <ErrorMessage title="The changes were not saved" error={update.error} />}
        {saved && !update.isPending && (
          <p className="notice notice-success" role="status">
            Saved.
          </p>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={!changed || update.isPending || Boolean(nameProblem || descriptionProblem)}
        >
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
