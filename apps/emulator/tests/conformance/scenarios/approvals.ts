import { CreatePullRequestApprovalRuleCommand } from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import { ruleContent, type World } from '../world.ts';

/** An approval rule on the shared pull request; returns its name. */
const approvalRule = async (world: World, prefix: string): Promise<string> => {
  const approvalRuleName = world.unique(prefix);
  await world.client().send(
    new CreatePullRequestApprovalRuleCommand({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      approvalRuleName,
      approvalRuleContent: ruleContent,
    }),
  );
  return approvalRuleName;
};

const sharedRevision = async (world: World) => {
  const { pullRequestId, revisionId } = await world.sharedPullRequest();
  return { pullRequestId, revisionId };
};

export const approvalScenarios: Scenarios = {
  CreatePullRequestApprovalRule: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      approvalRuleName: world.unique('rule'),
      approvalRuleContent: ruleContent,
    }),
  },
  UpdatePullRequestApprovalRuleContent: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      approvalRuleName: await approvalRule(world, 'updated-rule'),
      newRuleContent: ruleContent.replace(
        '"NumberOfApprovalsNeeded":1',
        '"NumberOfApprovalsNeeded":2',
      ),
    }),
  },
  DeletePullRequestApprovalRule: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      approvalRuleName: await approvalRule(world, 'deleted-rule'),
    }),
  },
  UpdatePullRequestApprovalState: {
    user: 'developer',
    valid: async (world) => ({ ...(await sharedRevision(world)), approvalState: 'APPROVE' }),
  },
  GetPullRequestApprovalStates: { valid: sharedRevision },
  EvaluatePullRequestApprovalRules: {
    valid: async (world) => {
      await approvalRule(world, 'evaluated-rule');
      return sharedRevision(world);
    },
  },
  OverridePullRequestApprovalRules: {
    user: 'developer',
    valid: async (world) => {
      const { pullRequestId, revisionId } = await world.pullRequest('overridden');
      return { pullRequestId, revisionId, overrideStatus: 'OVERRIDE' };
    },
  },
  GetPullRequestOverrideState: { valid: sharedRevision },
};
