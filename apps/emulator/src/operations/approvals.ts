import { randomUUID } from 'node:crypto';
import type {
  CreatePullRequestApprovalRuleInput,
  CreatePullRequestApprovalRuleOutput,
  DeletePullRequestApprovalRuleInput,
  DeletePullRequestApprovalRuleOutput,
  EvaluatePullRequestApprovalRulesInput,
  EvaluatePullRequestApprovalRulesOutput,
  GetPullRequestApprovalStatesInput,
  GetPullRequestApprovalStatesOutput,
  GetPullRequestOverrideStateInput,
  GetPullRequestOverrideStateOutput,
  OverridePullRequestApprovalRulesInput,
  UpdatePullRequestApprovalRuleContentInput,
  UpdatePullRequestApprovalRuleContentOutput,
  UpdatePullRequestApprovalStateInput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationTable } from './types.ts';
import { fail } from '../protocol/errors.ts';
import {
  findOverride,
  listApprovals,
  setApprovalState,
  setOverride,
} from '../approvals/approval-store.ts';
import { evaluateApprovalRules } from '../approvals/evaluate.ts';
import { parseRuleContent, ruleContentSha256 } from '../approvals/rule-content.ts';
import {
  countApprovalRules,
  deleteApprovalRule,
  findApprovalRule,
  insertApprovalRule,
  updateApprovalRuleContent,
} from '../approvals/rule-store.ts';
import { recordPullRequestEvent } from '../pull-requests/events.ts';
import type { PullRequestRecord } from '../pull-requests/pull-request-store.ts';
import { requirePullRequest } from '../pull-requests/require-pull-request.ts';

/** CodeCommit's limits: approval rules per pull request, approvals per revision. */
const MAX_RULES = 25;
const MAX_APPROVALS = 200;

const requireRevisionId = (revisionId: string | undefined): string => {
  if (!/^[0-9a-f]{64}$/.test(revisionId ?? ''))
    fail(
      'InvalidRevisionIdException',
      `${JSON.stringify(revisionId)} is not a revision ID of a pull request.`,
    );
  return revisionId as string;
};

const requireCurrentRevision = (
  pullRequest: PullRequestRecord,
  revisionId: string | undefined,
): void => {
  if (requireRevisionId(revisionId) !== pullRequest.revisionId) {
    fail(
      'RevisionNotCurrentException',
      `Revision ${revisionId ?? ''} is not the current revision of pull request ${pullRequest.pullRequestId}; get the pull request again.`,
    );
  }
};

const UpdatePullRequestApprovalState: Handler<
  UpdatePullRequestApprovalStateInput,
  Record<string, never>
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  requireCurrentRevision(pullRequest, input.revisionId);
  if (pullRequest.authorArn === ctx.caller.arn)
    fail(
      'PullRequestCannotBeApprovedByAuthorException',
      'The author of a pull request cannot approve it.',
    );
  const approvals = listApprovals(ctx.db, pullRequest.pullRequestId, pullRequest.revisionId);
  if (
    input.approvalState === 'APPROVE' &&
    approvals.length >= MAX_APPROVALS &&
    !approvals.some((approval) => approval.userArn === ctx.caller.arn)
  ) {
    fail(
      'MaximumNumberOfApprovalsExceededException',
      `A revision can have at most ${MAX_APPROVALS} approvals.`,
    );
  }
  const approvalState = input.approvalState ?? 'APPROVE';
  ctx.db.transaction(() => {
    setApprovalState(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      revisionId: pullRequest.revisionId,
      userArn: ctx.caller.arn,
      approvalState,
    });
    recordPullRequestEvent(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestEventType: 'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      actorArn: ctx.caller.arn,
      metadata: {
        approvalStateChangedEventMetadata: {
          revisionId: pullRequest.revisionId,
          approvalStatus: approvalState,
        },
      },
    });
  })();
  return {};
};

const GetPullRequestApprovalStates: Handler<
  GetPullRequestApprovalStatesInput,
  GetPullRequestApprovalStatesOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  return {
    approvals: listApprovals(
      ctx.db,
      pullRequest.pullRequestId,
      requireRevisionId(input.revisionId),
    ),
  };
};

const ruleEvent = (
  pullRequestId: string,
  actorArn: string,
  type:
    | 'PULL_REQUEST_APPROVAL_RULE_CREATED'
    | 'PULL_REQUEST_APPROVAL_RULE_UPDATED'
    | 'PULL_REQUEST_APPROVAL_RULE_DELETED',
  rule: { approvalRuleName?: string; approvalRuleId?: string; approvalRuleContent?: string },
) => ({
  pullRequestId,
  pullRequestEventType: type,
  actorArn,
  metadata: {
    approvalRuleEventMetadata: {
      approvalRuleName: rule.approvalRuleName,
      approvalRuleId: rule.approvalRuleId,
      approvalRuleContent: rule.approvalRuleContent,
    },
  },
});

const CreatePullRequestApprovalRule: Handler<
  CreatePullRequestApprovalRuleInput,
  CreatePullRequestApprovalRuleOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  const approvalRuleName = input.approvalRuleName ?? '';
  const approvalRuleContent = input.approvalRuleContent ?? '';
  parseRuleContent({
    content: approvalRuleContent,
    exception: 'InvalidApprovalRuleContentException',
  });
  if (findApprovalRule(ctx.db, pullRequest.pullRequestId, approvalRuleName)) {
    fail(
      'ApprovalRuleNameAlreadyExistsException',
      `Pull request ${pullRequest.pullRequestId} already has an approval rule named ${approvalRuleName}.`,
    );
  }
  if (countApprovalRules(ctx.db, pullRequest.pullRequestId) >= MAX_RULES)
    fail(
      'NumberOfRulesExceededException',
      `A pull request can have at most ${MAX_RULES} approval rules.`,
    );
  const now = new Date();
  const approvalRule = {
    approvalRuleId: randomUUID(),
    approvalRuleName,
    approvalRuleContent,
    ruleContentSha256: ruleContentSha256(approvalRuleContent),
    creationDate: now,
    lastModifiedDate: now,
    lastModifiedUser: ctx.caller.arn,
  };
  ctx.db.transaction(() => {
    insertApprovalRule(ctx.db, pullRequest.pullRequestId, approvalRule);
    recordPullRequestEvent(
      ctx.db,
      ruleEvent(
        pullRequest.pullRequestId,
        ctx.caller.arn,
        'PULL_REQUEST_APPROVAL_RULE_CREATED',
        approvalRule,
      ),
    );
  })();
  return { approvalRule };
};

const UpdatePullRequestApprovalRuleContent: Handler<
  UpdatePullRequestApprovalRuleContentInput,
  UpdatePullRequestApprovalRuleContentOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  const rule = findApprovalRule(ctx.db, pullRequest.pullRequestId, input.approvalRuleName ?? '');
  if (!rule)
    return fail(
      'ApprovalRuleDoesNotExistException',
      `Pull request ${pullRequest.pullRequestId} has no approval rule named ${input.approvalRuleName ?? ''}.`,
    );
  if (rule.originApprovalRuleTemplate)
    fail(
      'CannotModifyApprovalRuleFromTemplateException',
      `${rule.approvalRuleName ?? ''} comes from a template; change the template instead.`,
    );
  if (
    input.existingRuleContentSha256 !== undefined &&
    input.existingRuleContentSha256 !== rule.ruleContentSha256
  ) {
    fail(
      'InvalidRuleContentSha256Exception',
      'The rule changed since you read it: existingRuleContentSha256 does not match its content.',
    );
  }
  const approvalRuleContent = input.newRuleContent ?? '';
  parseRuleContent({
    content: approvalRuleContent,
    exception: 'InvalidApprovalRuleContentException',
  });
  const change = {
    approvalRuleContent,
    ruleContentSha256: ruleContentSha256(approvalRuleContent),
    lastModifiedDate: new Date(),
    lastModifiedUser: ctx.caller.arn,
  };
  ctx.db.transaction(() => {
    updateApprovalRuleContent(ctx.db, rule.approvalRuleId ?? '', change);
    recordPullRequestEvent(
      ctx.db,
      ruleEvent(pullRequest.pullRequestId, ctx.caller.arn, 'PULL_REQUEST_APPROVAL_RULE_UPDATED', {
        ...rule,
        approvalRuleContent,
      }),
    );
  })();
  return { approvalRule: { ...rule, ...change } };
};

/** Deleting a rule that is not there answers an empty approvalRuleId, as CodeCommit does. */
const DeletePullRequestApprovalRule: Handler<
  DeletePullRequestApprovalRuleInput,
  DeletePullRequestApprovalRuleOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  const rule = findApprovalRule(ctx.db, pullRequest.pullRequestId, input.approvalRuleName ?? '');
  if (!rule) return { approvalRuleId: '' };
  if (rule.originApprovalRuleTemplate)
    fail(
      'CannotDeleteApprovalRuleFromTemplateException',
      `${rule.approvalRuleName ?? ''} comes from a template and cannot be deleted.`,
    );
  ctx.db.transaction(() => {
    deleteApprovalRule(ctx.db, rule.approvalRuleId ?? '');
    recordPullRequestEvent(
      ctx.db,
      ruleEvent(
        pullRequest.pullRequestId,
        ctx.caller.arn,
        'PULL_REQUEST_APPROVAL_RULE_DELETED',
        rule,
      ),
    );
  })();
  return { approvalRuleId: rule.approvalRuleId };
};

const EvaluatePullRequestApprovalRules: Handler<
  EvaluatePullRequestApprovalRulesInput,
  EvaluatePullRequestApprovalRulesOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  requireCurrentRevision(pullRequest, input.revisionId);
  return { evaluation: evaluateApprovalRules(ctx.db, pullRequest) };
};

const OverridePullRequestApprovalRules: Handler<
  OverridePullRequestApprovalRulesInput,
  Record<string, never>
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  requireCurrentRevision(pullRequest, input.revisionId);
  const overridden =
    findOverride(ctx.db, pullRequest.pullRequestId, pullRequest.revisionId) !== undefined;
  const overrideStatus = input.overrideStatus ?? 'OVERRIDE';
  if (overrideStatus === 'OVERRIDE' && overridden)
    fail(
      'OverrideAlreadySetException',
      `The approval rules of pull request ${pullRequest.pullRequestId} are already overridden.`,
    );
  if (overrideStatus === 'REVOKE' && !overridden) return {};
  ctx.db.transaction(() => {
    setOverride(
      ctx.db,
      pullRequest.pullRequestId,
      pullRequest.revisionId,
      overrideStatus === 'OVERRIDE' ? ctx.caller.arn : undefined,
    );
    recordPullRequestEvent(ctx.db, {
      pullRequestId: pullRequest.pullRequestId,
      pullRequestEventType: 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN',
      actorArn: ctx.caller.arn,
      metadata: {
        approvalRuleOverriddenEventMetadata: { revisionId: pullRequest.revisionId, overrideStatus },
      },
    });
  })();
  return {};
};

const GetPullRequestOverrideState: Handler<
  GetPullRequestOverrideStateInput,
  GetPullRequestOverrideStateOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  const overrider = findOverride(
    ctx.db,
    pullRequest.pullRequestId,
    requireRevisionId(input.revisionId),
  );
  return { overridden: overrider !== undefined, overrider };
};

export const approvalOperations: OperationTable = {
  UpdatePullRequestApprovalState,
  GetPullRequestApprovalStates,
  CreatePullRequestApprovalRule,
  UpdatePullRequestApprovalRuleContent,
  DeletePullRequestApprovalRule,
  EvaluatePullRequestApprovalRules,
  OverridePullRequestApprovalRules,
  GetPullRequestOverrideState,
};
