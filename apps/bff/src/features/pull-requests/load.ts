import type { PullRequest, PullRequestTarget } from '@aws-sdk/client-codecommit';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { GatewayError } from '../../gateway/errors.ts';
import { getPullRequest } from '../../gateway/pull-requests.ts';
import { isCallerArn } from './identity.ts';
import { fromRuleContent } from './rule-content.ts';

export interface LoadedPullRequest {
  pullRequest: PullRequest;
  target: PullRequestTarget & { sourceCommit: string; destinationCommit: string };
}

/**
 * A pull request of this repository, with its one target. A pull request of another repository
 * is answered as not found, so a URL cannot show it under the wrong name.
 */
export async function loadPullRequest(
  codeCommit: CodeCommit,
  repositoryName: string,
  pullRequestId: string,
): Promise<LoadedPullRequest> {
  const pullRequest = await getPullRequest(codeCommit, pullRequestId);
  const target = pullRequest.pullRequestTargets?.find(
    (candidate) => candidate.repositoryName === repositoryName,
  );
  if (!target) {
    throw new GatewayError(
      404,
      `Pull request ${pullRequestId} does not belong to repository ${repositoryName}`,
      'PullRequestDoesNotExistException',
    );
  }
  return {
    pullRequest,
    target: {
      ...target,
      sourceCommit: target.sourceCommit ?? '',
      destinationCommit: target.destinationCommit ?? '',
    },
  };
}

/** The pull request as the page shows it: each rule's content read into fields, and whose it is. */
export function toPullRequestView(pullRequest: PullRequest, callerArn: string) {
  return {
    ...pullRequest,
    approvalRules: (pullRequest.approvalRules ?? []).map((rule) => ({
      ...rule,
      fields: fromRuleContent(rule.approvalRuleContent) ?? null,
    })),
    callerIsAuthor: isCallerArn(pullRequest.authorArn, callerArn),
  };
}

/** `refs/heads/main` as `main`. */
export const branchName = (reference: string | undefined) =>
  (reference ?? '').replace(/^refs\/heads\//, '');
