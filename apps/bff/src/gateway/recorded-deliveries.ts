import type { Actor } from '../identity/actor.ts';
import { createCodeCommitClient } from './client.ts';
import { GatewayError } from './errors.ts';
import { signerFor } from './signer.ts';

export type RecordedDeliveries<T> =
  { available: true; deliveries: T[] } | { available: false; reason: string };

/**
 * What a local CodeCommit recorded sending for a repository (trigger notifications, EventBridge
 * events) at one of its `/_emulator/...` lists. AWS keeps no such list, so this asks only an
 * endpoint configured through the SDK's standard settings, signed with the person's own AWS identity as
 * an API call is (the list answers only callers who may read the repository's triggers), and
 * says plainly, naming where to look instead, when there is none or it does not answer.
 *
 * @example
 * const events = await listRecordedDeliveries(actor, 'shop', { path: '/_emulator/event-deliveries', elsewhere: 'add an EventBridge rule' });
 */
export async function listRecordedDeliveries<T>(
  actor: Actor,
  repositoryName: string,
  { path, elsewhere }: { path: string; elsewhere: string },
): Promise<RecordedDeliveries<T>> {
  // Only the client's settings are read: no CodeCommit call is made for this.
  const client = await createCodeCommitClient(actor);
  const custom = client.config.isCustomEndpoint ? await client.config.endpoint?.() : undefined;
  const endpoint = custom
    ? `${custom.protocol}//${custom.hostname}${custom.port ? `:${custom.port}` : ''}${custom.path}`
    : await client.config.serviceConfiguredEndpoint?.();
  const unavailable = (reason: string): RecordedDeliveries<T> => ({ available: false, reason });
  if (!endpoint)
    return unavailable(`CodeCommit on AWS keeps no record of deliveries: ${elsewhere}.`);
  const url = new URL(path, endpoint);
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
      `${url.origin} keeps no record of deliveries (it answered ${response.status}); on AWS, ${elsewhere}.`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as { deliveries?: T[] } | undefined;
  if (!body || !Array.isArray(body.deliveries))
    return unavailable(`${url.origin} answered with something other than a list of deliveries.`);
  return { available: true, deliveries: body.deliveries };
}
