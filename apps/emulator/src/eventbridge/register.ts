import type Database from 'better-sqlite3';
import type { ReactionValueFormats } from '@aws-sdk/client-codecommit';
import type { MergeDetails, OperationContext, RepositoryRecord } from '../operations/types.ts';
import type { CommentRecord } from '../comments/comment-store.ts';
import type { TemplateRecord } from '../approvals/template-store.ts';
import { onPullRequestEvent } from '../pull-requests/events.ts';
import { findPullRequest } from '../pull-requests/pull-request-store.ts';
import { commentEvent } from './comment-events.ts';
import type { CodeCommitEvent } from './envelope.ts';
import { publishEvent } from './publish.ts';
import {
  approvalRuleTemplateChange,
  type TemplateEventName,
} from './approval-rule-template-change.ts';
import { reactionEvent } from './reaction-events.ts';
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
      { region: string } | undefined
  )?.region;

const dataDirs = new WeakMap<Database.Database, string>();

/** A repository's region and account, from its ARN (arn:aws:codecommit:<region>:<account>:<name>). */
const placeOf = (repository: RepositoryRecord): { region: string; accountId: string } => {
  const [, , , region = '', accountId = ''] = repository.arn.split(':');
  return { region, accountId };
};

const send = (
  db: Database.Database,
  repository: RepositoryRecord | undefined,
  event: CodeCommitEvent | undefined,
): void => {
  const dataDir = dataDirs.get(db);
  if (dataDir === undefined || !event) return;
  // An event about no repository (a template's own change) is listed under none.
  publishEvent({ db, dataDir }, { repositoryName: repository?.repositoryName ?? '', event });
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

/**
 * Emits the EventBridge event for a reaction the caller gave a comment, or changed to another.
 *
 * @example
 * publishReactionEvent(ctx, { comment, reaction, change: 'Created' });
 */
export const publishReactionEvent = (
  ctx: Pick<OperationContext, 'db' | 'repositories' | 'caller'>,
  {
    comment,
    reaction,
    change,
  }: {
    comment: CommentRecord;
    reaction: Required<ReactionValueFormats>;
    change: 'Created' | 'Updated';
  },
): void => {
  const repository = ctx.repositories.findById(comment.repositoryId);
  if (!repository) return;
  send(
    ctx.db,
    repository,
    reactionEvent({
      ...placeOf(repository),
      repository,
      commentId: comment.commentId,
      reaction,
      callerUserArn: ctx.caller.arn,
      change,
    }),
  );
};

/**
 * Emits the EventBridge event for an approval rule template created, changed, deleted, or
 * associated with or disassociated from repositories. It is listed under the first repository it
 * concerns, if any.
 *
 * @example
 * publishTemplateEvent(ctx, { template, event: 'approvalRuleTemplateCreated', repositories: [] });
 */
export const publishTemplateEvent = (
  ctx: Pick<OperationContext, 'db' | 'caller' | 'region' | 'accountId'>,
  {
    template,
    event,
    repositories,
  }: { template: TemplateRecord; event: TemplateEventName; repositories: RepositoryRecord[] },
): void => {
  send(
    ctx.db,
    repositories[0],
    approvalRuleTemplateChange({
      region: ctx.region,
      accountId: ctx.accountId,
      template,
      event,
      repositories,
      callerUserArn: ctx.caller.arn,
    }),
  );
};
