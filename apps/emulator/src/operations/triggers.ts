import type {
  GetRepositoryTriggersInput,
  GetRepositoryTriggersOutput,
  PutRepositoryTriggersInput,
  PutRepositoryTriggersOutput,
  RepositoryTriggerExecutionFailure,
  TestRepositoryTriggersInput,
  TestRepositoryTriggersOutput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationTable } from './types.ts';
import { listBranches } from '../git/list-branches.ts';
import { deliverTrigger } from '../triggers/deliver.ts';
import { getTriggers, putTriggers } from '../triggers/trigger-store.ts';
import { validateTriggers } from '../triggers/validate-triggers.ts';

const PutRepositoryTriggers: Handler<PutRepositoryTriggersInput, PutRepositoryTriggersOutput> = (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const triggers = validateTriggers({ triggers: input.triggers, region: ctx.region });
  return { configurationId: putTriggers(ctx.db, repository.repositoryId, triggers) };
};

const GetRepositoryTriggers: Handler<GetRepositoryTriggersInput, GetRepositoryTriggersOutput> = (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { configurationId, triggers } = getTriggers(ctx.db, repository.repositoryId);
  return { configurationId: configurationId ?? '', triggers };
};

/**
 * Sends each given trigger a test event (eventName TriggerEventTest) about the default branch's
 * tip, recorded and POSTed like a real one; a trigger whose local destination fails is listed
 * with the reason.
 */
const TestRepositoryTriggers: Handler<
  TestRepositoryTriggersInput,
  TestRepositoryTriggersOutput
> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const triggers = validateTriggers({ triggers: input.triggers, region: ctx.region });
  const branches = await listBranches({ gitDir: repository.gitDir });
  const branch =
    branches.find((candidate) => candidate.branchName === repository.defaultBranch) ?? branches[0];
  const references = branch
    ? [{ ref: `refs/heads/${branch.branchName}`, commit: branch.commitId }]
    : [];
  const configurationId = getTriggers(ctx.db, repository.repositoryId).configurationId ?? '';
  const successfulExecutions: string[] = [];
  const failedExecutions: RepositoryTriggerExecutionFailure[] = [];
  for (const trigger of triggers) {
    const failure = await deliverTrigger(ctx, {
      repository,
      trigger,
      configurationId,
      eventName: 'TriggerEventTest',
      references,
      userArn: ctx.caller.arn,
    });
    if (failure === undefined) successfulExecutions.push(trigger.name ?? '');
    else failedExecutions.push({ trigger: trigger.name, failureMessage: failure });
  }
  return { successfulExecutions, failedExecutions };
};

export const triggerOperations: OperationTable = {
  PutRepositoryTriggers,
  GetRepositoryTriggers,
  TestRepositoryTriggers,
};
