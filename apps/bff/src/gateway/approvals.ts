import {
  CreatePullRequestApprovalRuleCommand,
  DeletePullRequestApprovalRuleCommand,
  EvaluatePullRequestApprovalRulesCommand,
  GetPullRequestApprovalStatesCommand,
  GetPullRequestOverrideStateCommand,
  OverridePullRequestApprovalRulesCommand,
  UpdatePullRequestApprovalRuleContentCommand,
  UpdatePullRequestApprovalStateCommand,
  type Approval,
  type ApprovalRule,
  type ApprovalState,
  type Evaluation,
  type OverrideStatus,
} from '@aws-sdk/client-codecommit';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';

export type { Approval, ApprovalRule, Evaluation };

/** A pull request revision as reviewers see it: who approved, whether the rules are met, any override. */
export interface ApprovalSummary {
  approvals: Approval[];
  evaluation: Evaluation;
  /** The ARN of whoever overrode the rules for this revision, when someone did. */
  overriddenBy?: string;
}

type Revision = { pullRequestId: string; revisionId: string };

export async function getPullRequestApprovalStates(
  codeCommit: CodeCommit,
  revision: Revision,
): Promise<Approval[]> {
  const output = await codeCommit.call((client) =>
    client.send(new GetPullRequestApprovalStatesCommand(revision)),
  );
  return output.approvals ?? [];
}

export async function evaluatePullRequestApprovalRules(
  codeCommit: CodeCommit,
  revision: Revision,
): Promise<Evaluation> {
  const output = await codeCommit.call((client) =>
    client.send(new EvaluatePullRequestApprovalRulesCommand(revision)),
  );
  return output.evaluation ?? {};
}

/** GetPullRequestApprovalStates, EvaluatePullRequestApprovalRules and GetPullRequestOverrideState, in parallel. */
export async function getApprovalSummary(
  codeCommit: CodeCommit,
  revision: Revision,
): Promise<ApprovalSummary> {
  const [approvals, evaluation, override] = await Promise.all([
    getPullRequestApprovalStates(codeCommit, revision),
    evaluatePullRequestApprovalRules(codeCommit, revision),
    codeCommit.call((client) => client.send(new GetPullRequestOverrideStateCommand(revision))),
  ]);
  return {
    approvals,
    evaluation,
    ...(override.overridden && override.overrider ? { overriddenBy: override.overrider } : {}),
  };
}

export async function updatePullRequestApprovalState(
  codeCommit: CodeCommit,
  input: Revision & { approvalState: ApprovalState },
): Promise<void> {
  await codeCommit.call((client) => client.send(new UpdatePullRequestApprovalStateCommand(input)));
}

export async function overridePullRequestApprovalRules(
  codeCommit: CodeCommit,
  input: Revision & { overrideStatus: OverrideStatus },
): Promise<void> {
  await codeCommit.call((client) =>
    client.send(new OverridePullRequestApprovalRulesCommand(input)),
  );
}

function requiredRule(rule: ApprovalRule | undefined): ApprovalRule {
  if (!rule) throw new GatewayError(502, 'CodeCommit answered without an approval rule');
  return rule;
}

export async function createPullRequestApprovalRule(
  codeCommit: CodeCommit,
  input: { pullRequestId: string; approvalRuleName: string; approvalRuleContent: string },
): Promise<ApprovalRule> {
  const output = await codeCommit.call((client) =>
    client.send(new CreatePullRequestApprovalRuleCommand(input)),
  );
  return requiredRule(output.approvalRule);
}

export async function updatePullRequestApprovalRuleContent(
  codeCommit: CodeCommit,
  input: {
    pullRequestId: string;
    approvalRuleName: string;
    newRuleContent: string;
    existingRuleContentSha256?: string;
  },
): Promise<ApprovalRule> {
  const output = await codeCommit.call((client) =>
    client.send(new UpdatePullRequestApprovalRuleContentCommand(input)),
  );
  return requiredRule(output.approvalRule);
}

export async function deletePullRequestApprovalRule(
  codeCommit: CodeCommit,
  input: { pullRequestId: string; approvalRuleName: string },
): Promise<void> {
  await codeCommit.call((client) => client.send(new DeletePullRequestApprovalRuleCommand(input)));
}
