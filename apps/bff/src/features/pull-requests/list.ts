import type { PullRequest, PullRequestStatusEnum } from '@aws-sdk/client-codecommit';
import { evaluatePullRequestApprovalRules } from '../../gateway/approvals.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { createLimiter } from '../../gateway/limit.ts';
import { getPullRequest, listPullRequestIds } from '../../gateway/pull-requests.ts';
import { isCallerArn, nameFromArn } from './identity.ts';
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
  mine: boolean;
  q?: string;
}

/**
 * The list view: ids from ListPullRequests, then each pull request (GetPullRequest; merged ones
 * come from the cache) and, for open ones with rules, EvaluatePullRequestApprovalRules for its
 * current revision, all in parallel under a limit. Newest first.
 */
export async function listPullRequests(
  codeCommit: CodeCommit,
  options: ListOptions,
): Promise<PullRequestSummary[]> {
  const ids = await listPullRequestIds(codeCommit, {
    repositoryName: options.repositoryName,
    ...(options.pullRequestStatus === 'ALL'
      ? {}
      : { pullRequestStatus: options.pullRequestStatus }),
  });
  const limit = createLimiter(DETAILS_IN_FLIGHT);
  const summaries = await Promise.all(
    ids.map((pullRequestId) =>
      limit(async () => {
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
      }),
    ),
  );
  const words = (options.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return summaries
    .filter((summary) => !options.mine || isCallerArn(summary.authorArn, codeCommit.userName))
    .filter((summary) => {
      const text = `${summary.title} ${nameFromArn(summary.authorArn)}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => Number(b.pullRequestId) - Number(a.pullRequestId));
}
