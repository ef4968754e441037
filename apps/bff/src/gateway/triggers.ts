import {
  GetRepositoryTriggersCommand,
  PutRepositoryTriggersCommand,
  TestRepositoryTriggersCommand,
  type RepositoryTrigger,
  type RepositoryTriggerExecutionFailure,
} from '@aws-sdk/client-codecommit';
import type { Actor } from '../identity/actor.ts';
import { listRecordedDeliveries, type RecordedDeliveries } from './recorded-deliveries.ts';
import type { CodeCommit } from './gateway.ts';
import { isAllowed } from './pull-requests.ts';

export type { RepositoryTrigger, RepositoryTriggerExecutionFailure };

export interface RepositoryTriggers {
  configurationId?: string;
  triggers: RepositoryTrigger[];
}

export async function getRepositoryTriggers(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<RepositoryTriggers> {
  const output = await codeCommit.call((client) =>
    client.send(new GetRepositoryTriggersCommand({ repositoryName })),
  );
  return { configurationId: output.configurationId, triggers: output.triggers ?? [] };
}

/** Replaces the whole list of triggers (PutRepositoryTriggers has no per-trigger form). */
export async function putRepositoryTriggers(
  codeCommit: CodeCommit,
  repositoryName: string,
  triggers: RepositoryTrigger[],
): Promise<RepositoryTriggers> {
  const output = await codeCommit.call((client) =>
    client.send(new PutRepositoryTriggersCommand({ repositoryName, triggers })),
  );
  return { configurationId: output.configurationId, triggers };
}

export interface TriggerTestResult {
  successfulExecutions: string[];
  failedExecutions: RepositoryTriggerExecutionFailure[];
}

export async function testRepositoryTriggers(
  codeCommit: CodeCommit,
  repositoryName: string,
  triggers: RepositoryTrigger[],
): Promise<TriggerTestResult> {
  const output = await codeCommit.call((client) =>
    client.send(new TestRepositoryTriggersCommand({ repositoryName, triggers })),
  );
  return {
    successfulExecutions: output.successfulExecutions ?? [],
    failedExecutions: output.failedExecutions ?? [],
  };
}

/** One notification a local CodeCommit recorded instead of sending it to SNS or Lambda. */
export interface TriggerDelivery {
  [key: string]: unknown;
}

export type TriggerDeliveries = RecordedDeliveries<TriggerDelivery>;

/**
 * The deliveries a local CodeCommit recorded for a repository's triggers. AWS itself keeps no
 * such record (its notifications go to SNS or Lambda); see listRecordedDeliveries.
 */
export const listTriggerDeliveries = (
  actor: Actor,
  repositoryName: string,
): Promise<TriggerDeliveries> =>
  listRecordedDeliveries<TriggerDelivery>(actor, repositoryName, {
    path: '/_emulator/trigger-deliveries',
    elsewhere: 'look in the SNS topic or the Lambda function’s logs',
  });

/**
 * Whether the caller may change triggers, asked with an empty TestRepositoryTriggers (which
 * CodeCommit refuses after authorizing), so nothing is sent anywhere.
 */
export async function probeTriggerPermissions(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<{ write: boolean }> {
  const write = await isAllowed(codeCommit, (client) =>
    client.send(new TestRepositoryTriggersCommand({ repositoryName, triggers: [] })),
  );
  return { write };
}
