import type Database from 'better-sqlite3';
import type { CodeCommitEvent } from './envelope.ts';
import { recordEventDelivery, settleEventDelivery } from './event-store.ts';
import { eventBridgeTargets, targetsFor } from './targets.ts';

/** How long a local target may take to answer. */
const DELIVERY_TIMEOUT_MILLISECONDS = 10_000;

const post = async (
  url: string,
  event: CodeCommitEvent,
): Promise<{ status: 'delivered' | 'failed'; responseStatus?: number; error?: string }> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
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
 * Sends one CodeCommit event to every target in `<dataDir>/emulator.json` whose pattern matches,
 * as EventBridge would: one POST of the event as JSON per target. Each delivery is recorded
 * before this returns (one "recorded" row when no target takes the event); the POSTs go on in
 * the background and settle their rows.
 *
 * @example
 * publishEvent({ db, dataDir }, { repositoryName, event });
 */
export const publishEvent = (
  sink: { db: Database.Database; dataDir: string },
  { repositoryName, event }: { repositoryName: string; event: CodeCommitEvent },
): void => {
  const eventTime = new Date(event.time);
  const targets = targetsFor(eventBridgeTargets(sink.dataDir), event);
  if (targets.length === 0) {
    recordEventDelivery(sink.db, { repositoryName, eventTime, event });
    return;
  }
  for (const { url } of targets) {
    const deliveryId = recordEventDelivery(sink.db, { repositoryName, eventTime, event, url });
    void post(url, event)
      .then((outcome) => settleEventDelivery(sink.db, deliveryId, outcome))
      // The emulator may have closed its database while the target was answering.
      .catch(() => undefined);
  }
};
