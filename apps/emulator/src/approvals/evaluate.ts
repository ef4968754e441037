import type Database from 'better-sqlite3';
import type { Evaluation } from '@aws-sdk/client-codecommit';
import { CodeCommitError } from '../protocol/errors.ts';
import type { PullRequestRecord } from '../pull-requests/pull-request-store.ts';
import { findOverride, listApprovals } from './approval-store.ts';
import { isInPool } from './pool-member.ts';
import { parseRuleContent, type ApprovalRuleContent } from './rule-content.ts';
import { listApprovalRules } from './rule-store.ts';

const isSatisfied = (content: ApprovalRuleContent, approvers: readonly string[]): boolean =>
  content.statements.every((statement) => {
    const counted = approvers.filter(
      (approverArn) =>
        statement.approvalPoolMembers.length === 0 ||
        statement.approvalPoolMembers.some((member) => isInPool({ member, approverArn })),
    );
    return counted.length >= statement.numberOfApprovalsNeeded;
  });

const parsedOrUndefined = (content: string): ApprovalRuleContent | undefined => {
  try {
    return parseRuleContent({
      content,
      exception: 'InvalidApprovalRuleContentException',
      allowDestinationReferences: true,
    });
  } catch (error) {
    if (error instanceof CodeCommitError) return undefined;
    throw error;
  }
};

/**
 * How a pull request's current revision stands against its approval rules: each rule is
 * satisfied when every statement has enough approvals from its pool; the pull request is
 * approved when all rules are, or when someone overrode them for this revision.
 *
 * @example
 * const { approved } = evaluateApprovalRules(db, pullRequest);
 */
export const evaluateApprovalRules = (
  db: Database.Database,
  pullRequest: PullRequestRecord,
): Evaluation => {
  const approvers = listApprovals(db, pullRequest.pullRequestId, pullRequest.revisionId)
    .filter((approval) => approval.approvalState === 'APPROVE')
    .map((approval) => approval.userArn ?? '');
  const approvalRulesSatisfied: string[] = [];
  const approvalRulesNotSatisfied: string[] = [];
  for (const rule of listApprovalRules(db, pullRequest.pullRequestId)) {
    const content = parsedOrUndefined(rule.approvalRuleContent ?? '');
    (content && isSatisfied(content, approvers)
      ? approvalRulesSatisfied
      : approvalRulesNotSatisfied
    ).push(rule.approvalRuleName ?? '');
  }
  const overridden =
    findOverride(db, pullRequest.pullRequestId, pullRequest.revisionId) !== undefined;
  return {
    approved: overridden || approvalRulesNotSatisfied.length === 0,
    overridden,
    approvalRulesSatisfied,
    approvalRulesNotSatisfied,
  };
};
