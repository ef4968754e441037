import { useMemo, useState } from 'react';
import { Link, useNavigate, useOutletContext, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { useCreatePullRequest } from '../api/create-pull-request.ts';
import { useDifferences } from '../api/get-differences.ts';
import { useMergePreview } from '../api/get-merge-preview.ts';
import { usePreviewCommits } from '../api/get-preview-commits.ts';
import { useBranchNames } from '../api/list-branches.ts';
import { toChangedFiles } from '../lib/changed-files.ts';
import { pullRequestPaths } from '@/lib/pull-request-paths.ts';
import { ChangedFileList } from './changed-file-list.tsx';
import { CommitTable } from './commit-table.tsx';
import { MarkdownEditor } from './markdown-editor.tsx';
import { MergeabilityNote } from './mergeability-note.tsx';
import { PreviewFileDiff } from './preview-file-diff.tsx';

/** Files shown open at first; the rest open on a click, so a large comparison stays light. */
const OPEN_DIFFS = 10;

type RepositoryOutlet = { repository?: { defaultBranch?: string } } | undefined;

function Comparison({
  repositoryName,
  sourceReference,
  destinationReference,
}: {
  repositoryName: string;
  sourceReference: string;
  destinationReference: string;
}) {
  const preview = useMergePreview({ repositoryName, sourceReference, destinationReference }, true);
  const differences = useDifferences(
    {
      repositoryName,
      beforeCommitId: preview.data?.baseCommitId ?? undefined,
      afterCommitId: preview.data?.sourceCommitId ?? '',
    },
    !!preview.data,
  );
  const commits = usePreviewCommits(
    {
      repositoryName,
      sourceCommitId: preview.data?.sourceCommitId ?? '',
      destinationCommitId: preview.data?.destinationCommitId ?? '',
      baseCommitId: preview.data?.baseCommitId ?? undefined,
    },
    !!preview.data,
  );
  const files = useMemo(
    () => toChangedFiles(differences.data?.differences ?? []),
    [differences.data],
  );
  if (preview.isPending) return <Skeleton lines={4} label="Comparing the branches" />;
  if (preview.isError)
    return <ErrorMessage title="The branches could not be compared" error={preview.error} />;
  return (
    <div className="comparison">
      <MergeabilityNote
        mergeable={preview.data.mergeable}
        mergeOptions={preview.data.mergeOptions}
        conflicts={preview.data.conflicts}
      />
      {differences.isPending ? (
        <Skeleton lines={3} label="Loading the changes" />
      ) : differences.isError ? (
        <ErrorMessage title="The changes could not be loaded" error={differences.error} />
      ) : files.length === 0 ? (
        <p className="muted">
          {sourceReference} has no changes that {destinationReference} lacks.
        </p>
      ) : (
        <>
          <section aria-labelledby="preview-commits-heading">
            <h3 id="preview-commits-heading" className="comparison-heading">
              {commits.data
                ? `${commits.data.commits.length}${commits.data.truncated ? '+' : ''} ${commits.data.commits.length === 1 ? 'commit' : 'commits'}`
                : 'Commits'}
            </h3>
            {commits.isPending ? (
              <Skeleton lines={2} label="Loading the commits" />
            ) : commits.isError ? (
              <ErrorMessage title="The commits could not be loaded" error={commits.error} />
            ) : (
              <CommitTable
                repositoryName={repositoryName}
                commits={commits.data.commits}
                truncated={commits.data.truncated}
              />
            )}
          </section>
          <h3 className="comparison-heading">
            {files.length} changed {files.length === 1 ? 'file' : 'files'}
          </h3>
          <ChangedFileList files={files} />
          <div className="preview-diffs" aria-label="Diffs">
            {files.map((file, index) => (
              <PreviewFileDiff
                key={file.path}
                repositoryName={repositoryName}
                file={file}
                initiallyOpen={index < OPEN_DIFFS}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

/** Pick two branches, see what would merge, then describe the change and open the pull request. */
export function NewPullRequest() {
  const repositoryName = useParams().repositoryName ?? '';
  const outlet = useOutletContext<RepositoryOutlet>();
  const [searchParams] = useSearchParams();
  const choose = useUpdateSearchParams();
  const branches = useBranchNames(repositoryName);
  const navigate = useNavigate();
  const create = useCreatePullRequest();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [clientRequestToken] = useState(() => crypto.randomUUID());
  useDocumentTitle(`New pull request · ${repositoryName}`);

  const destinationReference =
    searchParams.get('destination') ?? outlet?.repository?.defaultBranch ?? '';
  const sourceReference = searchParams.get('source') ?? '';

  const ready =
    sourceReference !== '' &&
    destinationReference !== '' &&
    sourceReference !== destinationReference;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        repositoryName,
        title: title.trim(),
        description,
        sourceReference,
        destinationReference,
        clientRequestToken,
      },
      {
        onSuccess: ({ pullRequest }) =>
          navigate(pullRequestPaths.pullRequest(repositoryName, pullRequest.pullRequestId ?? '')),
      },
    );
  };

  if (branches.isPending) return <Skeleton lines={5} label="Loading branches" />;
  if (branches.isError)
    return <ErrorMessage title="The branches could not be listed" error={branches.error} />;

  const branchSelect = (key: 'source' | 'destination', label: string, value: string) => (
    <label className="branch-pick">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => choose(key, event.target.value)}
        aria-label={label}
      >
        <option value="" disabled>
          Choose a branch
        </option>
        {branches.data.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="new-pull-request" aria-labelledby="new-pull-request-heading">
      <div className="page-header">
        <h2 id="new-pull-request-heading">New pull request</h2>
        <Link to={pullRequestPaths.list(repositoryName)}>Back to pull requests</Link>
      </div>
      <div className="branch-picks">
        {branchSelect('destination', 'Destination', destinationReference)}
        <span aria-hidden="true">←</span>
        {branchSelect('source', 'Source', sourceReference)}
      </div>
      {sourceReference && sourceReference === destinationReference && (
        <p className="field-error">Choose two different branches.</p>
      )}
      {ready && (
        <Comparison
          repositoryName={repositoryName}
          sourceReference={sourceReference}
          destinationReference={destinationReference}
        />
      )}
      {ready && (
        <form className="new-pull-request-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="pull-request-title">Title</label>
            <input
              id="pull-request-title"
              value={title}
              maxLength={150}
              required
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <div className="field">
            <span className="field-label">Description</span>
            <MarkdownEditor
              label="Description"
              value={description}
              maxLength={10240}
              onChange={setDescription}
              rows={8}
              placeholder="What changes, and why"
            />
          </div>
          {create.isError && (
            <ErrorMessage title="The pull request was not created" error={create.error} />
          )}
          <button
            type="submit"
            className="button button-primary"
            disabled={!title.trim() || create.isPending}
          >
            {create.isPending ? 'Creating…' : 'Create pull request'}
          </button>
        </form>
      )}
    </section>
  );
}
