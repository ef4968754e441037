import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { formatDate, formatRelative } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import type { PullRequestPermissions } from '../api/get-permissions.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { useUpdatePullRequest } from '../api/update-pull-request.ts';
import { branchFromReference, personFromArn } from '@/lib/names.ts';
import { StatusBadge } from './badges.tsx';
import { HeaderStatus } from './header-status.tsx';

type Props = {
  input: PullRequestInput;
  pullRequest: PullRequest;
  permissions: PullRequestPermissions;
};

/** Title, state, who wants what merged where, and closing (or opening the branches again). */
export function PullRequestHeader({ input, pullRequest, permissions }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(pullRequest.title ?? '');
  const update = useUpdatePullRequest();
  const target = pullRequest.pullRequestTargets?.[0];
  const merged = !!target?.mergeMetadata?.isMerged;
  const open = pullRequest.pullRequestStatus === 'OPEN';
  const canWrite = permissions.write;

  return (
    <header className="pull-request-header">
      {editing ? (
        <form
          className="pull-request-title-form"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              { ...input, title: title.trim() },
              { onSuccess: () => setEditing(false) },
            );
          }}
        >
          <label htmlFor="pull-request-title-edit" className="visually-hidden">
            Title
          </label>
          <input
            id="pull-request-title-edit"
            value={title}
            maxLength={150}
            required
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
          />
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={!title.trim() || update.isPending}
          >
            Save
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="pull-request-title-line">
          <h2 className="pull-request-title">
            {pullRequest.title} <span className="muted">#{pullRequest.pullRequestId}</span>
          </h2>
          <div className="button-group pull-request-header-actions">
            {open && canWrite && pullRequest.callerIsAuthor && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setTitle(pullRequest.title ?? '');
                  setEditing(true);
                }}
              >
                Edit title
              </button>
            )}
            {open && canWrite && (
              <button
                type="button"
                className="button button-small button-danger"
                disabled={update.isPending}
                onClick={() => update.mutate({ ...input, pullRequestStatus: 'CLOSED' })}
              >
                Close pull request
              </button>
            )}
            {!open && !merged && canWrite && (
              // CodeCommit never reopens a closed pull request (UpdatePullRequestStatus only
              // allows OPEN to CLOSED), so offer what it does allow: a new one, same branches.
              <Link
                className="button button-small"
                title="CodeCommit does not reopen closed pull requests"
                to={`${paths.repository(input.repositoryName)}/pull-requests/new?${new URLSearchParams(
                  {
                    source: branchFromReference(target?.sourceReference),
                    destination: branchFromReference(target?.destinationReference),
                  },
                )}`}
              >
                Open again as a new pull request
              </Link>
            )}
          </div>
        </div>
      )}
      <p className="pull-request-byline">
        <StatusBadge pullRequestStatus={pullRequest.pullRequestStatus} isMerged={merged} />{' '}
        <strong>
          {personFromArn(merged ? target?.mergeMetadata?.mergedBy : pullRequest.authorArn)}
        </strong>{' '}
        {merged ? 'merged' : 'wants to merge'}{' '}
        <span className="mono branch-chip">{branchFromReference(target?.sourceReference)}</span>{' '}
        into{' '}
        <span className="mono branch-chip">
          {branchFromReference(target?.destinationReference)}
        </span>
        {pullRequest.creationDate && (
          <span className="muted">
            {' '}
            · opened{' '}
            <time dateTime={pullRequest.creationDate} title={formatDate(pullRequest.creationDate)}>
              {formatRelative(pullRequest.creationDate)}
            </time>
          </span>
        )}
      </p>
      {open && <HeaderStatus input={input} pullRequest={pullRequest} />}
      {update.isError && (
        <ErrorMessage title="The pull request was not changed" error={update.error} />
      )}
    </header>
  );
}
