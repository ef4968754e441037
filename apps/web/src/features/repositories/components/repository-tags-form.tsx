import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useRepositoryTags } from '../api/list-repository-tags.ts';
import { useUpdateRepositoryTags } from '../api/update-repository-tags.ts';
import type { TagRow } from '../lib/validate-repository.ts';
import { tagsFromRows, tagsProblem } from '../lib/validate-repository.ts';
import { TagsEditor } from './tags-editor.tsx';
import './settings.css';

/** The repository's resource tags, edited as rows and saved as TagResource / UntagResource. */
export function RepositoryTagsForm({ repositoryName }: { repositoryName: string }) {
  const id = useId();
  const tags = useRepositoryTags(repositoryName);
  return (
    <section className="panel settings-section" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>Tags</h2>
      </div>
      <div className="panel-body">
        {tags.isPending ? (
          <Skeleton lines={2} label="Loading tags" />
        ) : tags.isError ? (
          <ErrorMessage title="The tags could not be read" error={tags.error} />
        ) : (
          <TagsEditorForm
            key={JSON.stringify(tags.data.tags)}
            repositoryName={repositoryName}
            saved={tags.data.tags}
          />
        )}
      </div>
    </section>
  );
}

function TagsEditorForm({
  repositoryName,
  saved,
}: {
  repositoryName: string;
  saved: Record<string, string>;
}) {
  const update = useUpdateRepositoryTags();
  const initial = Object.entries(saved).map(([key, value]) => ({ key, value }));
  const [rows, setRows] = useState<TagRow[]>(initial.length ? initial : [{ key: '', value: '' }]);
  const problem = tagsProblem(rows);
  const wanted = tagsFromRows(rows) ?? {};
  const tagKeys = Object.keys(saved).filter((key) => !(key in wanted));
  const changedTags = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => saved[key] !== value),
  );
  const changed = tagKeys.length > 0 || Object.keys(changedTags).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem || !changed) return;
    update.mutate({ repositoryName, tags: changedTags, tagKeys });
  };

  return (
    <form onSubmit={submit} noValidate>
      <TagsEditor
        tags={rows}
        onChange={setRows}
        problem={problem}
        legend="Key and value of each tag"
      />
      {update.isError && <ErrorMessage title="The tags were not saved" error={update.error} />}
      <button
        type="submit"
        className="button button-primary"
        disabled={!changed || update.isPending}
      >
        {update.isPending ? 'Saving…' : 'Save tags'}
      </button>
    </form>
  );
}
