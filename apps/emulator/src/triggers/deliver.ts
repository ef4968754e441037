import type { RepositoryTrigger } from '@aws-sdk/client-codecommit';
import type { OperationContext, ReferenceUpdate, RepositoryRecord } from '../operations/types.ts';
import { ZERO_ID } from '../git/object-id.ts';
import { triggerDestinationUrl } from './destinations.ts';
import { triggerPayload, type TriggerPayload, type TriggerReference } from './payload.ts';
import { getTriggers, recordDelivery, settleDelivery } from './trigger-store.ts';

export type TriggerContext = Pick<OperationContext, 'db' | 'events' | 'region'>;

/** How long a local destination may take to answer. */
const DELIVERY_TIMEOUT_MILLISECONDS = 10_000;

const post = async (
  url: string,
  payload: TriggerPayload,
): Promise<{ status: 'delivered' | 'failed'; responseStatus?: number; error?: string }> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MILLISECONDS),
    });
    await response.arrayBuffer();
    return response.ok
      ? { status: 'delivered', responseStatus: response.status }
      : {
          status: 'failed',
          responseStatus: response.status,
          error: `${url} answered ${response.status} ${response.statusText}`,
        };
  } catch (error) {
    return { status: 'failed', error: `${url} could not be reached: ${(error as Error).message}` };
  }
};

/**
 * Delivers one trigger event: records it with its payload, and when the emulator's config maps
 * the destination to a local URL, POSTs the payload there. Resolves once the POST is settled,
 * with the failure message if it failed.
 *
 * @example
 * await deliverTrigger(ctx, { repository, trigger, configurationId, eventName: 'TriggerEventTest', references, userArn });
 */
export const deliverTrigger = async (
  ctx: TriggerContext,
  event: {
    repository: RepositoryRecord;
    trigger: RepositoryTrigger;
    configurationId: string;
    eventName: 'ReferenceChanges' | 'TriggerEventTest';
    references: TriggerReference[];
    userArn: string;
  },
): Promise<string | undefined> => {
  const eventTime = new Date();
  const destinationArn = event.trigger.destinationArn ?? '';
  const triggerName = event.trigger.name ?? '';
  const payload = triggerPayload({
    region: ctx.region,
    repositoryArn: event.repository.arn,
    triggerName,
    customData: event.trigger.customData ?? '',
    configurationId: event.configurationId,
    eventName: event.eventName,
    references: event.references,
    userArn: event.userArn,
    eventTime,
  });
  const url = triggerDestinationUrl(ctx.events, destinationArn);
  const deliveryId = recordDelivery(ctx.db, {
    repositoryId: event.repository.repositoryId,
    repositoryName: event.repository.repositoryName,
    triggerName,
    destinationArn,
    eventName: event.eventName,
    eventTime,
    payload,
    url,
  });
  if (!url) return undefined;
  const outcome = await post(url, payload);
  settleDelivery(ctx.db, deliveryId, outcome);
  return outcome.error;
};

const eventOf = (
  update: ReferenceUpdate,
): 'createReference' | 'deleteReference' | 'updateReference' =>
  update.oldCommitId === ZERO_ID
    ? 'createReference'
    : update.newCommitId === ZERO_ID
      ? 'deleteReference'
      : 'updateReference';

const matches = (trigger: RepositoryTrigger, update: ReferenceUpdate): boolean => {
  const events: string[] = trigger.events ?? [];
  if (!events.includes('all') && !events.includes(eventOf(update))) return false;
  const branches = trigger.branches ?? [];
  return (
    branches.length === 0 ||
    (update.ref.startsWith('refs/heads/') &&
      branches.includes(update.ref.slice('refs/heads/'.length)))
  );
};

/**
 * Fires a repository's triggers that match a reference move (its event kind and branch), as
 * CodeCommit does on every push and every API write that moves a reference. Deliveries are
 * recorded before this returns; POSTs to local URLs go on in the background.
 *
 * @example
 * events.onReferenceUpdated((update) => fireTriggers(context, update));
 */
export const fireTriggers = (
  ctx: TriggerContext & Pick<OperationContext, 'repositories'>,
  update: ReferenceUpdate,
): void => {
  const repository = ctx.repositories.find(update.repositoryName);
  if (!repository) return;
  const { configurationId, triggers } = getTriggers(ctx.db, repository.repositoryId);
  if (!configurationId) return;
  const kind = eventOf(update);
  const reference: TriggerReference = {
    ref: update.ref,
    commit: kind === 'deleteReference' ? update.oldCommitId : update.newCommitId,
    ...(kind === 'createReference' ? { created: true as const } : {}),
    ...(kind === 'deleteReference' ? { deleted: true as const } : {}),
  };
  for (const trigger of triggers.filter((candidate) => matches(candidate, update))) {
    void deliverTrigger(ctx, {
      repository,
      trigger,
      configurationId,
      eventName: 'ReferenceChanges',
      references: [reference],
      userArn: update.caller.arn,
    });
  }
};
