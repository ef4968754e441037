import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  createPullRequestApprovalRule,
  deletePullRequestApprovalRule,
  getApprovalSummary,
  overridePullRequestApprovalRules,
  updatePullRequestApprovalRuleContent,
  updatePullRequestApprovalState,
} from '../../gateway/approvals.ts';
import { postCommentForPullRequest } from '../../gateway/comments.ts';
import { validate } from '../../middleware/validate.ts';
import { isCallerArn } from './identity.ts';
import { loadPullRequest } from './load.ts';
import { fromRuleContent, toRuleContent } from './rule-content.ts';
import {
  approvalRuleParamsSchema,
  approvalStateSchema,
  createApprovalRuleSchema,
  overrideSchema,
  pullRequestParamsSchema,
  updateApprovalRuleSchema,
} from './schemas.ts';

/** Approvals of the current revision, approval rules with their evaluation, and overrides. */
export const approvalRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/approvals',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const codeCommit = c.var.codeCommit;
      const { pullRequest } = await loadPullRequest(codeCommit, repositoryName, pullRequestId);
      const revisionId = pullRequest.revisionId ?? '';
      const summary = await getApprovalSummary(codeCommit, { pullRequestId, revisionId });
      const approvals = summary.approvals.map((approval) => ({
        ...approval,
        callerIsApprover: isCallerArn(approval.userArn, codeCommit.callerArn),
      }));
      const satisfied = new Set(summary.evaluation.approvalRulesSatisfied ?? []);
      const rules = (pullRequest.approvalRules ?? []).map((rule) => ({
        ...rule,
        fields: fromRuleContent(rule.approvalRuleContent) ?? null,
        satisfied: satisfied.has(rule.approvalRuleName ?? ''),
      }));
      return c.json({
        revisionId,
        approvals,
        evaluation: summary.evaluation,
        overriddenBy: summary.overriddenBy ?? null,
        rules,
        callerApproved: approvals.some(
          (approval) => approval.callerIsApprover && approval.approvalState === 'APPROVE',
        ),
      });
    },
  )
  .put(
    '/:repositoryName/pull-requests/:pullRequestId/approval',
    validate('param', pullRequestParamsSchema),
    validate('json', approvalStateSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      await updatePullRequestApprovalState(c.var.codeCommit, {
        pullRequestId,
        ...c.req.valid('json'),
      });
      return c.json({ ok: true });
    },
  )
  .put(
    '/:repositoryName/pull-requests/:pullRequestId/override',
    validate('param', pullRequestParamsSchema),
    validate('json', overrideSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { revisionId, overrideStatus, reason } = c.req.valid('json');
      const codeCommit = c.var.codeCommit;
      const { target } = await loadPullRequest(codeCommit, repositoryName, pullRequestId);
      await overridePullRequestApprovalRules(codeCommit, {
        pullRequestId,
        revisionId,
        overrideStatus,
      });
      // CodeCommit keeps no reason with an override; the request's own comments keep it.
      if (overrideStatus === 'OVERRIDE' && reason) {
        await postCommentForPullRequest(codeCommit, {
          pullRequestId,
          repositoryName,
          beforeCommitId: target.destinationCommit,
          afterCommitId: target.sourceCommit,
          content: `**Approval rules overridden.** ${reason}`,
        });
      }
      return c.json({ ok: true });
    },
  )
  .post(
    '/:repositoryName/pull-requests/:pullRequestId/approval-rules',
    validate('param', pullRequestParamsSchema),
    validate('json', createApprovalRuleSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { approvalRuleName, ...fields } = c.req.valid('json');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      const approvalRule = await createPullRequestApprovalRule(c.var.codeCommit, {
        pullRequestId,
        approvalRuleName,
        approvalRuleContent: toRuleContent(fields),
      });
      return c.json({ approvalRule }, 201);
    },
  )
  .put(
    '/:repositoryName/pull-requests/:pullRequestId/approval-rules/:approvalRuleName',
    validate('param', approvalRuleParamsSchema),
    validate('json', updateApprovalRuleSchema),
    async (c) => {
      const { repositoryName, pullRequestId, approvalRuleName } = c.req.valid('param');
      const { existingRuleContentSha256, ...fields } = c.req.valid('json');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      const approvalRule = await updatePullRequestApprovalRuleContent(c.var.codeCommit, {
        pullRequestId,
        approvalRuleName,
        newRuleContent: toRuleContent(fields),
        existingRuleContentSha256,
      });
      return c.json({ approvalRule });
    },
  )
  .delete(
    '/:repositoryName/pull-requests/:pullRequestId/approval-rules/:approvalRuleName',
    validate('param', approvalRuleParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId, approvalRuleName } = c.req.valid('param');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      await deletePullRequestApprovalRule(c.var.codeCommit, { pullRequestId, approvalRuleName });
      return c.json({ ok: true });
    },
  );
