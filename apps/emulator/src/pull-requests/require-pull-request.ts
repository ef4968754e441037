import type { OperationContext, RepositoryRecord } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { findPullRequest, type PullRequestRecord } from './pull-request-store.ts';
import { reconcileRepository } from './reconcile.ts';

/**
 * Loads a pull request for an operation, brought up to date with its branches first:
 * InvalidPullRequestIdException for an id that is not a number, PullRequestDoesNotExistException
 * for one that names nothing, PullRequestAlreadyClosedException when `open` is asked and it is closed.
 *
 * @example
 * const { pullRequest, repository } = await requirePullRequest(ctx, input.pullRequestId, { open: true });
 */
export const requirePullRequest = async (
  ctx: Pick<OperationContext, 'db' | 'repositories'>,
  pullRequestId: string,
  options: { open?: boolean } = {},
): Promise<{ pullRequest: PullRequestRecord; repository: RepositoryRecord }> => {
  if (!/^[1-9]\d{0,18}$/.test(pullRequestId))
    fail(
      'InvalidPullRequestIdException',
      `The pull request ID ${JSON.stringify(pullRequestId)} is not valid: it is a number such as 42.`,
    );
  const found = findPullRequest(ctx.db, pullRequestId);
  const repository = found && ctx.repositories.findById(found.repositoryId);
  if (!found || !repository)
    return fail(
      'PullRequestDoesNotExistException',
      `The pull request ${pullRequestId} does not exist.`,
    );
  await reconcileRepository(ctx, found.repositoryId);
  const pullRequest = findPullRequest(ctx.db, pullRequestId) ?? found;
  if (options.open && pullRequest.pullRequestStatus !== 'OPEN') {
    fail('PullRequestAlreadyClosedException', `The pull request ${pullRequestId} is closed.`);
  }
  return { pullRequest, repository };
};
