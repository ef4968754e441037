import type { OperationContext } from '../operations/types.ts';
import { readBranch } from '../git/read-branch.ts';
import { findMergeBase, isAncestor } from '../merge/merge-base.ts';
import { recordPullRequestEvent } from './events.ts';
import {
  listOpenPullRequests,
  updatePullRequest,
  type PullRequestRecord,
} from './pull-request-store.ts';
import { afterQueuedWork, inRepositoryOrder } from './queue.ts';
import { newRevisionId } from './revision-id.ts';

export type ReconcileContext = Pick<OperationContext, 'db' | 'repositories'>;

const closeForMissingBranch = (
  ctx: ReconcileContext,
  pullRequest: PullRequestRecord,
  actorArn: string,
): void => {
  updatePullRequest(ctx.db, pullRequest.pullRequestId, { pullRequestStatus: 'CLOSED' });
  recordPullRequestEvent(ctx.db, {
    pullRequestId: pullRequest.pullRequestId,
    pullRequestEventType: 'PULL_REQUEST_STATUS_CHANGED',
    actorArn,
    metadata: { pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' } },
  });
};

const followTips = async (
  ctx: ReconcileContext,
  gitDir: string,
  repositoryName: string,
  pullRequest: PullRequestRecord,
  tips: { sourceCommit: string; destinationCommit: string },
  actorArn: string,
): Promise<void> => {
  const sourceMoved = tips.sourceCommit !== pullRequest.sourceCommit;
  const destinationMoved = tips.destinationCommit !== pullRequest.destinationCommit;
  if (!sourceMoved && !destinationMoved) return;
  const mergeBase = await findMergeBase({
    gitDir,
    commitIds: [tips.destinationCommit, tips.sourceCommit],
  });
  updatePullRequest(ctx.db, pullRequest.pullRequestId, {
    ...tips,
    mergeBase,
    ...(sourceMoved ? { revisionId: newRevisionId() } : {}),
  });
  if (sourceMoved) {
    recordPullRequestEvent(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestEventType: 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
      actorArn,
      metadata: {
        pullRequestSourceReferenceUpdatedEventMetadata: {
          repositoryName,
          beforeCommitId: pullRequest.sourceCommit,
          afterCommitId: tips.sourceCommit,
          mergeBase,
        },
      },
    });
  }
  // Merged outside the API (a push of the merged destination): CodeCommit closes it as merged.
  if (
    destinationMoved &&
    (await isAncestor({ gitDir, ancestorId: tips.sourceCommit, commitId: tips.destinationCommit }))
  ) {
    updatePullRequest(ctx.db, pullRequest.pullRequestId, {
      pullRequestStatus: 'CLOSED',
      isMerged: true,
      mergedBy: actorArn,
    });
    recordPullRequestEvent(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestEventType: 'PULL_REQUEST_MERGE_STATE_CHANGED',
      actorArn,
      metadata: {
        pullRequestMergedStateChangedEventMetadata: {
          repositoryName,
          destinationReference: pullRequest.destinationReference,
          mergeMetadata: { isMerged: true, mergedBy: actorArn },
        },
      },
    });
  }
};

/** Which open pull requests to look at (those on one reference, or all), and who moved it. */
export interface ReconcileScope {
  actorArn?: string;
  ref?: string;
}

/**
 * Brings a repository's open pull requests in line with its branches: a moved source gets a new
 * revision and a PULL_REQUEST_SOURCE_REFERENCE_UPDATED event, a moved destination a new merge base,
 * a destination that now contains the source closes the pull request as merged, and a deleted
 * source or destination branch closes it. Runs in the repository's order. Branch tips come
 * through the repository's long-lived object reader.
 *
 * @example
 * await followBranches(ctx, repositoryId, { actorArn: update.caller.arn, ref: update.ref });
 */
export const followBranches = (
  ctx: ReconcileContext,
  repositoryId: string,
  scope: ReconcileScope = {},
): Promise<void> =>
  inRepositoryOrder(repositoryId, async () => {
    const repository = ctx.repositories.findById(repositoryId);
    if (!repository) return;
    const open = listOpenPullRequests(ctx.db, repositoryId, scope.ref);
    const tips = new Map<string, Promise<string | undefined>>();
    const tipOf = (reference: string): Promise<string | undefined> => {
      let tip = tips.get(reference);
      if (!tip) {
        tip = readBranch({
          gitDir: repository.gitDir,
          branchName: reference.slice('refs/heads/'.length),
        });
        tips.set(reference, tip);
      }
      return tip;
    };
    for (const pullRequest of open) {
      const actorArn = scope.actorArn ?? pullRequest.authorArn;
      const sourceCommit = await tipOf(pullRequest.sourceReference);
      const destinationCommit = await tipOf(pullRequest.destinationReference);
      if (sourceCommit === undefined || destinationCommit === undefined)
        closeForMissingBranch(ctx, pullRequest, actorArn);
      else
        await followTips(
          ctx,
          repository.gitDir,
          repository.repositoryName,
          pullRequest,
          { sourceCommit, destinationCommit },
          actorArn,
        );
    }
  });

/** Repositories whose pull requests were checked against git since this database was opened. */
const checked = new WeakMap<object, Set<string>>();

/**
 * Makes a read see a repository's pull requests as its branches now are. Every reference move
 * made through the emulator queues its own bookkeeping (see registerPullRequestListeners), so a
 * read only waits for what is queued: no git, no scan of the open pull requests. The first read
 * of a repository after a start also checks every open pull request against git once, for moves
 * whose bookkeeping a stop or crash cut short.
 *
 * @example
 * await reconcileRepository(ctx, repositoryId);
 */
export const reconcileRepository = (ctx: ReconcileContext, repositoryId: string): Promise<void> => {
  let repositories = checked.get(ctx.db);
  if (!repositories) {
    repositories = new Set();
    checked.set(ctx.db, repositories);
  }
  if (repositories.has(repositoryId)) return afterQueuedWork(repositoryId);
  repositories.add(repositoryId);
  return followBranches(ctx, repositoryId);
};
