import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { paths } from '@/lib/paths.ts';
import { useCreateRepository } from '../api/create-repository.ts';
import type { TagRow } from '../lib/validate-repository.ts';
import {
  repositoryDescriptionProblem,
  repositoryNameProblem,
  tagsFromRows,
  tagsProblem,
} from '../lib/validate-repository.ts';
import { TagsEditor } from './tags-editor.tsx';

export function CreateRepositoryForm() {
  const id = useId();
  const navigate = useNavigate();
  const createRepository = useCreateRepository();
  const [repositoryName, setRepositoryName] = useState('');
  const [repositoryDescription, setRepositoryDescription] = useState('');
  const [tags, setTags] = useState<TagRow[]>([{ key: '', value: '' }]);
  const [submitted, setSubmitted] = useState(false);

  const problems = {
    name: repositoryNameProblem(repositoryName.trim()),
    description: repositoryDescriptionProblem(repositoryDescription),
    tags: tagsProblem(tags),
  };
  const show = (problem: string | undefined) => (submitted ? problem : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.name || problems.description || problems.tags) return;
    const name = repositoryName.trim();
    createRepository.mutate(
      {
        repositoryName: name,
        repositoryDescription: repositoryDescription || undefined,
        tags: tagsFromRows(tags),
      },
      { onSuccess: () => navigate(paths.repository(name)) },
    );
  };

  return (
    <form className="create-repository-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>Repository name</label>
        <input
          id={`${id}-name`}
          value={repositoryName}
          onChange={(event) => setRepositoryName(event.target.value)}
          aria-invalid={Boolean(show(problems.name))}
          aria-describedby={`${id}-name-hint`}
          autoComplete="off"
          autoFocus
          required
        />
        <span id={`${id}-name-hint`} className={show(problems.name) ? 'field-error' : 'field-hint'}>
          {show(problems.name) ?? 'Up to 100 letters, digits, periods, underscores and hyphens.'}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={repositoryDescription}
          onChange={(event) => setRepositoryDescription(event.target.value)}
          aria-invalid={Boolean(show(problems.description))}
          aria-describedby={`${id}-description-hint`}
        />
        <span
          id={`${id}-description-hint`}
          className={show(problems.description) ? 'field-error' : 'field-hint'}
        >
          {show(problems.description) ?? `${repositoryDescription.length} / 1,000 characters`}
        </span>
      </div>
      <TagsEditor tags={tags} onChange={setTags} problem={show(problems.tags)} />
      {createRepository.isError && (
        <ErrorMessage title="The repository was not created" error={createRepository.error} />
      )}
      <div className="button-group">
        <button
          type="submit"
          className="button button-primary"
          disabled={createRepository.isPending}
        >
          {createRepository.isPending ? 'Creating…' : 'Create repository'}
        </button>
        <button type="button" className="button" onClick={() => navigate(paths.home())}>
          Cancel
        </button>
      </div>
    </form>
  );
}
