import type { Actor } from '../identity/actor.ts';
import { listRecordedDeliveries, type RecordedDeliveries } from './recorded-deliveries.ts';

/** One EventBridge event a local CodeCommit recorded, with the target it went to. */
export interface EventDelivery {
  [key: string]: unknown;
}

export type EventDeliveries = RecordedDeliveries<EventDelivery>;

/**
 * The EventBridge events ("CodeCommit Repository State Change", "... Pull Request State Change",
 * comments) a local CodeCommit recorded for a repository. On AWS they go to EventBridge, which
 * lists nothing; see listRecordedDeliveries.
 */
export const listEventDeliveries = (
  actor: Actor,
  repositoryName: string,
): Promise<EventDeliveries> =>
  listRecordedDeliveries<EventDelivery>(actor, repositoryName, {
    path: '/_emulator/event-deliveries',
    elsewhere:
      'its events go to EventBridge; add a rule for source aws.codecommit with a target such as CloudWatch Logs to see them',
  });
