import type { PullRequest, PullRequestStatusEnum } from '@aws-sdk/client-codecommit';
import { evaluatePullRequestApprovalRules } from '../../gateway/approvals.ts';
import { GatewayError } from '../../gateway/errors.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { createLimiter } from '../../gateway/limit.ts';
import {
  getPullRequest,
  listPullRequestIdsPage,
  type PullRequestIdsPage,
} from '../../gateway/pull-requests.ts';
import { branchName } from './load.ts';

/** One row of the pull request list. */
export interface PullRequestSummary {
  pullRequestId: string;
  title: string;
  authorArn: string;
  pullRequestStatus: string;
  creationDate?: Date;
  lastActivityDate?: Date;
  revisionId: string;
  sourceReference: string;
  destinationReference: string;
  isMerged: boolean;
  approvalRuleCount: number;
  /** Open pull requests only: whether the approval rules are met, and which are not. */
  approval?: { approved: boolean; overridden: boolean; approvalRulesNotSatisfied: string[] };
}

/** Details fetched at once per list request: enough to fill a page quickly, few enough not to be throttled. */
const DETAILS_IN_FLIGHT = 8;

function summarize(pullRequest: PullRequest): PullRequestSummary {
  const target = pullRequest.pullRequestTargets?.[0];
  return {
    pullRequestId: pullRequest.pullRequestId ?? '',
    title: pullRequest.title ?? '',
    authorArn: pullRequest.authorArn ?? '',
    pullRequestStatus: pullRequest.pullRequestStatus ?? 'OPEN',
    creationDate: pullRequest.creationDate,
    lastActivityDate: pullRequest.lastActivityDate,
    revisionId: pullRequest.revisionId ?? '',
    sourceReference: branchName(target?.sourceReference),
    destinationReference: branchName(target?.destinationReference),
    isMerged: target?.mergeMetadata?.isMerged ?? false,
    approvalRuleCount: pullRequest.approvalRules?.length ?? 0,
  };
}

export interface ListOptions {
  repositoryName: string;
  pullRequestStatus: PullRequestStatusEnum | 'ALL';
  /** Only this author's pull requests: ListPullRequests filters them, so no page is wasted. */
  authorArn?: string;
  maxResults: number;
  /** The `nextToken` of the previous page. */
  nextToken?: string;
}

/** One page of the list, and the token for the next when there is one. */
export interface PullRequestPage {
  pullRequests: PullRequestSummary[];
  nextToken?: string;
}

/**
 * One page of the list view: `maxResults` ids from ListPullRequests, then each of those pull
 * requests (GetPullRequest; closed ones come from the cache) and, for open ones with rules,
 * EvaluatePullRequestApprovalRules for its current revision, all in parallel under a limit.
 * A page costs one call plus one per open pull request on it, whatever the repository holds.
 * In CodeCommit's order: newest first.
 */
export async function listPullRequestPage(
  codeCommit: CodeCommit,
  options: ListOptions,
): Promise<PullRequestPage> {
  const { pullRequestStatus, ...query } = options;
  const page: PullRequestIdsPage = await listPullRequestIdsPage(codeCommit, {
    ...query,
    ...(pullRequestStatus === 'ALL' ? {} : { pullRequestStatus }),
  }).catch((error: unknown) => {
    // CodeCommit refuses an author it does not know in the account: such a one has none.
    if (error instanceof GatewayError && error.code === 'AuthorDoesNotExistException')
      return { pullRequestIds: [] };
    throw error;
  });
  const limit = createLimiter(DETAILS_IN_FLIGHT);
  const pullRequests = await Promise.all(
    page.pullRequestIds.map((pullRequestId) => limit(() => loadSummary(codeCommit, pullRequestId))),
  );
  return { pullRequests, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

async function loadSummary(
  codeCommit: CodeCommit,
  pullRequestId: string,
): Promise<PullRequestSummary> {
  const summary = summarize(await getPullRequest(codeCommit, pullRequestId));
  if (summary.pullRequestStatus !== 'OPEN' || summary.approvalRuleCount === 0) return summary;
  const evaluation = await evaluatePullRequestApprovalRules(codeCommit, {
    pullRequestId,
    revisionId: summary.revisionId,
  });
  return {
    ...summary,
    approval: {
      approved: evaluation.approved ?? false,
      overridden: evaluation.overridden ?? false,
      approvalRulesNotSatisfied: evaluation.approvalRulesNotSatisfied ?? [],
    },
  };
}
