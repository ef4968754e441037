import type Database from 'better-sqlite3';
import type { MergeDetails, OperationContext, RepositoryRecord } from '../operations/types.ts';
import type { CommentRecord } from '../comments/comment-store.ts';
import { onPullRequestEvent } from '../pull-requests/events.ts';
import { findPullRequest } from '../pull-requests/pull-request-store.ts';
import { commentEvent } from './comment-events.ts';
import type { CodeCommitEvent } from './envelope.ts';
import { publishEvent } from './publish.ts';
import { pullRequestStateChange } from './pull-request-state-change.ts';
import {
  repositoryStateChange,
  unreferencedMergeCommitCreated,
} from './repository-state-change.ts';

type EventContext = Pick<OperationContext, 'db' | 'repositoriesIn' | 'events'>;

/** The region a repository id lives in (ids are unique across regions). */
const regionOf = (db: Database.Database, repositoryId: string): string | undefined =>
  (
    db.prepare('SELECT region FROM repositories WHERE repository_id = ?').get(repositoryId) as
      | { region: string }
      | undefined
  )?.region;

const dataDirs = new WeakMap<Database.Database, string>();

/** A repository's region and account, from its ARN (arn:aws:codecommit:<region>:<account>:<name>). */
const placeOf = (repository: RepositoryRecord): { region: string; accountId: string } => {
  const [, , , region = '', accountId = ''] = repository.arn.split(':');
  return { region, accountId };
};

const send = (
  db: Database.Database,
  repository: RepositoryRecord,
  event: CodeCommitEvent | undefined,
): void => {
  const dataDir = dataDirs.get(db);
  if (dataDir === undefined || !event) return;
  publishEvent({ db, dataDir }, { repositoryName: repository.repositoryName, event });
};

/**
 * Makes the emulator emit CodeCommit's EventBridge events: a Repository State Change for every
 * branch or tag a push or an API call moves, and a Pull Request State Change for every entry of
 * a pull request's activity. Each goes to the `eventBridgeTargets` of `<dataDir>/emulator.json`
 * and is listed at `GET /_emulator/event-deliveries`. Comments are announced by the comment
 * operations through publishCommentEvent.
 *
 * @example
 * registerEventBridge(context, { dataDir });
 */
export const registerEventBridge = (
  context: EventContext,
  { dataDir }: { dataDir: string },
): void => {
  if (dataDirs.has(context.db)) return;
  dataDirs.set(context.db, dataDir);
  context.events.onReferenceUpdated((update) => {
    const repository = context.repositoriesIn(update.region).find(update.repositoryName);
    if (!repository) return;
    send(
      context.db,
      repository,
      repositoryStateChange({ ...placeOf(repository), repository, update, time: new Date() }),
    );
  });
  onPullRequestEvent(context.db, (activity) => {
    const pullRequest = findPullRequest(context.db, activity.pullRequestId ?? '');
    const region = pullRequest && regionOf(context.db, pullRequest.repositoryId);
    const repository = region && context.repositoriesIn(region).findById(pullRequest.repositoryId);
    if (!pullRequest || !repository) return;
    send(
      context.db,
      repository,
      pullRequestStateChange({ ...placeOf(repository), repository, pullRequest, activity }),
    );
  });
};

/**
 * Emits the EventBridge event for a comment just posted, replied or edited by the caller.
 *
 * @example
 * publishCommentEvent(ctx, { comment, change: 'Created' });
 */
export const publishCommentEvent = (
  ctx: Pick<OperationContext, 'db' | 'repositories' | 'caller'>,
  { comment, change }: { comment: CommentRecord; change: 'Created' | 'Updated' },
): void => {
  const repository = ctx.repositories.findById(comment.repositoryId);
  if (!repository) return;
  send(
    ctx.db,
    repository,
    commentEvent({
      ...placeOf(repository),
      repository,
      comment,
      callerUserArn: ctx.caller.arn,
      change,
    }),
  );
};

/**
 * Emits the EventBridge event for a merge commit CreateUnreferencedMergeCommit wrote.
 *
 * @example
 * publishUnreferencedMergeCommit(ctx, { repository, commitId, merge });
 */
export const publishUnreferencedMergeCommit = (
  ctx: Pick<OperationContext, 'db' | 'caller'>,
  {
    repository,
    commitId,
    merge,
  }: { repository: RepositoryRecord; commitId: string; merge: MergeDetails },
): void => {
  send(
    ctx.db,
    repository,
    unreferencedMergeCommitCreated({
      ...placeOf(repository),
      repository,
      commitId,
      merge,
      callerUserArn: ctx.caller.arn,
      time: new Date(),
    }),
  );
};
