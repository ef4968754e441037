import type { CreatePullRequestInput, Target } from '@aws-sdk/client-codecommit';
import type { OperationContext, RepositoryRecord } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { checkBranchName } from '../git/check-branch-name.ts';
import { readObject } from '../git/object-reader.ts';
import { readBranch } from '../git/read-branch.ts';
import { findMergeBase } from '../merge/merge-base.ts';
import { applyApprovalRuleTemplates } from '../approvals/apply-templates.ts';
import { recordPullRequestEvent } from './events.ts';
import {
  countOpenPullRequests,
  findPullRequestByToken,
  insertPullRequest,
  type PullRequestRecord,
} from './pull-request-store.ts';
import { newRevisionId } from './revision-id.ts';

/** CodeCommit's limit of open pull requests per repository. */
const MAX_OPEN_PULL_REQUESTS = 1000;

/** A reference of a target as a full branch reference: `feature` and `refs/heads/feature` alike. */
const branchReference = (reference: string): string => {
  if (reference.startsWith('refs/') && !reference.startsWith('refs/heads/')) {
    fail(
      'ReferenceTypeNotSupportedException',
      `${reference} is not a branch: pull requests are between branches.`,
    );
  }
  const branchName = reference.startsWith('refs/heads/')
    ? reference.slice('refs/heads/'.length)
    : reference;
  if (!checkBranchName({ branchName }))
    fail(
      'InvalidReferenceNameException',
      `${JSON.stringify(reference)} is not a valid branch reference.`,
    );
  return `refs/heads/${branchName}`;
};

const requireTip = async (repository: RepositoryRecord, reference: string): Promise<string> => {
  const branchName = reference.slice('refs/heads/'.length);
  const tip = await readBranch({ gitDir: repository.gitDir, branchName });
  if (tip) return tip;
  if (await readObject({ gitDir: repository.gitDir, name: `refs/tags/${branchName}^{commit}` })) {
    fail(
      'ReferenceTypeNotSupportedException',
      `${branchName} is a tag: pull requests are between branches.`,
    );
  }
  return fail(
    'ReferenceDoesNotExistException',
    `The branch ${branchName} does not exist in ${repository.repositoryName}.`,
  );
};

const onlyTarget = (targets: Target[] | undefined): Target => {
  if (!targets || targets.length === 0)
    return fail(
      'TargetsRequiredException',
      'A pull request needs a target: repositoryName and sourceReference.',
    );
  const repositories = new Set(targets.map((target) => target.repositoryName));
  if (repositories.size > 1)
    fail(
      'MultipleRepositoriesInPullRequestException',
      'A pull request can target only one repository.',
    );
  if (targets.length > 1) fail('InvalidTargetsException', 'A pull request has exactly one target.');
  return targets[0] as Target;
};

const sameRequest = (
  existing: PullRequestRecord,
  input: CreatePullRequestInput,
  repository: RepositoryRecord | undefined,
  source: string,
  destination: string,
): boolean =>
  existing.title === input.title &&
  (existing.description ?? '') === (input.description ?? '') &&
  repository?.repositoryId === existing.repositoryId &&
  existing.sourceReference === source &&
  existing.destinationReference === destination;

/**
 * Opens a pull request from the source branch into the destination branch (the repository's
 * default branch when none is named), at their current tips, with the rules of the matching
 * approval rule templates. A repeated clientRequestToken from the same caller answers the pull
 * request it created, or IdempotencyParameterMismatchException when the request differs.
 *
 * @example
 * const pullRequest = await createPullRequest(ctx, input);
 */
export const createPullRequest = async (
  ctx: OperationContext,
  input: CreatePullRequestInput,
): Promise<PullRequestRecord> => {
  const target = onlyTarget(input.targets);
  const repository = ctx.repositories.require(target.repositoryName ?? '');
  const sourceReference = branchReference(target.sourceReference ?? '');
  const destinationName = target.destinationReference ?? repository.defaultBranch;
  if (!destinationName)
    return fail(
      'ReferenceDoesNotExistException',
      `${repository.repositoryName} has no default branch to merge into.`,
    );
  const destinationReference = branchReference(destinationName);
  if (input.clientRequestToken !== undefined) {
    const existing = findPullRequestByToken(ctx.db, ctx.caller.arn, input.clientRequestToken);
    if (existing) {
      if (!sameRequest(existing, input, repository, sourceReference, destinationReference)) {
        fail(
          'IdempotencyParameterMismatchException',
          'This clientRequestToken was already used for a different pull request.',
        );
      }
      return existing;
    }
  }
  if (sourceReference === destinationReference)
    fail(
      'SourceAndDestinationAreSameException',
      'The source and destination branches are the same.',
    );
  const sourceCommit = await requireTip(repository, sourceReference);
  const destinationCommit = await requireTip(repository, destinationReference);
  if (countOpenPullRequests(ctx.db, repository.repositoryId) >= MAX_OPEN_PULL_REQUESTS) {
    fail(
      'MaximumOpenPullRequestsExceededException',
      `${repository.repositoryName} already has ${MAX_OPEN_PULL_REQUESTS} open pull requests.`,
    );
  }
  const mergeBase = await findMergeBase({
    gitDir: repository.gitDir,
    commitIds: [destinationCommit, sourceCommit],
  });
  const now = new Date();
  return ctx.db.transaction(() => {
    const pullRequest = insertPullRequest(ctx.db, {
      repositoryId: repository.repositoryId,
      title: input.title ?? '',
      description: input.description,
      authorArn: ctx.caller.arn,
      clientRequestToken: input.clientRequestToken,
      pullRequestStatus: 'OPEN',
      creationDate: now,
      lastActivityDate: now,
      revisionId: newRevisionId(),
      sourceReference,
      destinationReference,
      sourceCommit,
      destinationCommit,
      mergeBase,
      isMerged: false,
    });
    applyApprovalRuleTemplates(ctx.db, { ...pullRequest, authorArn: ctx.caller.arn });
    recordPullRequestEvent(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestEventType: 'PULL_REQUEST_CREATED',
      actorArn: ctx.caller.arn,
      eventDate: now,
      metadata: {
        pullRequestCreatedEventMetadata: {
          repositoryName: repository.repositoryName,
          sourceCommitId: sourceCommit,
          destinationCommitId: destinationCommit,
          mergeBase,
        },
      },
    });
    return pullRequest;
  })();
};
