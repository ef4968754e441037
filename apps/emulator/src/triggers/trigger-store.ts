import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { RepositoryTrigger } from '@aws-sdk/client-codecommit';
import { triggerSchema } from './schema.ts';
import type { TriggerPayload } from './payload.ts';

export interface TriggerConfiguration {
  configurationId?: string;
  triggers: RepositoryTrigger[];
}

/** A repository's triggers; none and no configuration id until PutRepositoryTriggers. */
export const getTriggers = (db: Database.Database, repositoryId: string): TriggerConfiguration => {
  const row = triggerSchema(db)
    .prepare<[string], { configuration_id: string; triggers: string }>(
      'SELECT configuration_id, triggers FROM repository_triggers WHERE repository_id = ?',
    )
    .get(repositoryId);
  return row
    ? {
        configurationId: row.configuration_id,
        triggers: JSON.parse(row.triggers) as RepositoryTrigger[],
      }
    : { triggers: [] };
};

/** Replaces a repository's triggers and returns the new configuration's id. */
export const putTriggers = (
  db: Database.Database,
  repositoryId: string,
  triggers: RepositoryTrigger[],
): string => {
  const configurationId = randomUUID();
  triggerSchema(db)
    .prepare(
      'INSERT INTO repository_triggers (repository_id, configuration_id, triggers) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET configuration_id = excluded.configuration_id, triggers = excluded.triggers',
    )
    .run(repositoryId, configurationId, JSON.stringify(triggers));
  return configurationId;
};

/** Where a delivery stands: recorded only (no local URL for its destination), pending, delivered or failed. */
export type DeliveryStatus = 'recorded' | 'pending' | 'delivered' | 'failed';

export interface TriggerDelivery {
  deliveryId: number;
  repositoryName: string;
  triggerName: string;
  destinationArn: string;
  eventName: string;
  eventTime: string;
  payload: TriggerPayload;
  delivery: { url?: string; status: DeliveryStatus; responseStatus?: number; error?: string };
}

interface DeliveryRow {
  delivery_id: number;
  repository_name: string;
  trigger_name: string;
  destination_arn: string;
  event_name: string;
  event_time: number;
  payload: string;
  delivery_url: string | null;
  delivery_status: string;
  response_status: number | null;
  error: string | null;
}

export const recordDelivery = (
  db: Database.Database,
  delivery: {
    repositoryId: string;
    repositoryName: string;
    triggerName: string;
    destinationArn: string;
    eventName: string;
    eventTime: Date;
    payload: TriggerPayload;
    url?: string;
  },
): number =>
  Number(
    triggerSchema(db)
      .prepare(
        `INSERT INTO trigger_deliveries (repository_id, repository_name, trigger_name, destination_arn, event_name, event_time, payload, delivery_url, delivery_status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        delivery.repositoryId,
        delivery.repositoryName,
        delivery.triggerName,
        delivery.destinationArn,
        delivery.eventName,
        delivery.eventTime.getTime(),
        JSON.stringify(delivery.payload),
        delivery.url ?? null,
        delivery.url ? 'pending' : 'recorded',
      ).lastInsertRowid,
  );

export const settleDelivery = (
  db: Database.Database,
  deliveryId: number,
  outcome: { status: 'delivered' | 'failed'; responseStatus?: number; error?: string },
): void => {
  triggerSchema(db)
    .prepare(
      'UPDATE trigger_deliveries SET delivery_status = ?, response_status = ?, error = ? WHERE delivery_id = ?',
    )
    .run(outcome.status, outcome.responseStatus ?? null, outcome.error ?? null, deliveryId);
};

/** Deliveries, oldest first, of one repository (by its name at the time) or of all. */
export const listDeliveries = (db: Database.Database, repositoryName?: string): TriggerDelivery[] =>
  (repositoryName === undefined
    ? triggerSchema(db)
        .prepare<[], DeliveryRow>('SELECT * FROM trigger_deliveries ORDER BY delivery_id')
        .all()
    : triggerSchema(db)
        .prepare<[string], DeliveryRow>(
          'SELECT * FROM trigger_deliveries WHERE repository_name = ? ORDER BY delivery_id',
        )
        .all(repositoryName)
  ).map((row) => ({
    deliveryId: row.delivery_id,
    repositoryName: row.repository_name,
    triggerName: row.trigger_name,
    destinationArn: row.destination_arn,
    eventName: row.event_name,
    eventTime: new Date(row.event_time).toISOString(),
    payload: JSON.parse(row.payload) as TriggerPayload,
    delivery: {
      url: row.delivery_url ?? undefined,
      status: row.delivery_status as DeliveryStatus,
      responseStatus: row.response_status ?? undefined,
      error: row.error ?? undefined,
    },
  }));
