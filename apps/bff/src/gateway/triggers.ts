import {
  GetRepositoryTriggersCommand,
  PutRepositoryTriggersCommand,
  TestRepositoryTriggersCommand,
  type RepositoryTrigger,
  type RepositoryTriggerExecutionFailure,
} from '@aws-sdk/client-codecommit';
import type { Actor } from '../identity/actor.ts';
import { createCodeCommitClient } from './client.ts';
import { GatewayError } from './errors.ts';
import { signerFor } from './signer.ts';
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

export type TriggerDeliveries =
  { available: true; deliveries: TriggerDelivery[] } | { available: false; reason: string };

/**
 * The deliveries a local CodeCommit recorded for a repository's triggers. AWS itself keeps no
 * such record (its notifications go to SNS or Lambda), so this asks only an endpoint configured
 * through the SDK's standard settings, signed with the user's credentials as an API call is (the
 * endpoint answers only callers who may read the repository's triggers), and says plainly when
 * there is none or it does not answer.
 */
export async function listTriggerDeliveries(
  actor: Actor,
  repositoryName: string,
): Promise<TriggerDeliveries> {
  // Only the client's settings are read: no CodeCommit call is made for this.
  const client = await createCodeCommitClient(actor);
  const custom = client.config.isCustomEndpoint ? await client.config.endpoint?.() : undefined;
  const endpoint = custom
    ? `${custom.protocol}//${custom.hostname}${custom.port ? `:${custom.port}` : ''}${custom.path}`
    : await client.config.serviceConfiguredEndpoint?.();
  const unavailable = (reason: string): TriggerDeliveries => ({ available: false, reason });
  if (!endpoint) {
    return unavailable(
      'CodeCommit on AWS keeps no record of deliveries: look in the SNS topic or the Lambda function’s logs.',
    );
  }
  const url = new URL('/_emulator/trigger-deliveries', endpoint);
  url.searchParams.set('repositoryName', repositoryName);
  let response: Response;
  try {
    const signed = await signerFor(client).sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: { repositoryName },
      headers: { host: url.host },
    });
    // fetch sends the same Host itself.
    const { host: _host, ...headers } = signed.headers;
    response = await fetch(url, { headers, signal: AbortSignal.timeout(5000) });
  } catch {
    return unavailable(`${url.origin} did not answer for recorded deliveries.`);
  }
  if (!response.ok) {
    const refusal = (await response.json().catch(() => undefined)) as
      { __type?: string; message?: string } | undefined;
    if (refusal?.__type === 'AccessDeniedException' && refusal.message)
      throw new GatewayError(403, refusal.message, refusal.__type);
    return unavailable(
      `${url.origin} keeps no record of deliveries (it answered ${response.status}); on AWS, look in the SNS topic or the Lambda function’s logs.`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    { deliveries?: TriggerDelivery[] } | undefined;
  if (!body || !Array.isArray(body.deliveries))
    return unavailable(`${url.origin} answered with something other than a list of deliveries.`);
  return { available: true, deliveries: body.deliveries };
}

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
