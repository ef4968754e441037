import type Database from 'better-sqlite3';
import { prepareOnce } from '../store/prepare-once.ts';
import type { CodeCommitEvent } from './envelope.ts';
import { eventBridgeSchema } from './schema.ts';

/** Where a delivery stands: recorded only (no target took it), pending, delivered or failed. */
export type EventDeliveryStatus = 'recorded' | 'pending' | 'delivered' | 'failed';

export interface EventDelivery {
  deliveryId: number;
  repositoryName: string;
  detailType: string;
  eventName: string;
  eventTime: string;
  event: CodeCommitEvent;
  delivery: { url?: string; status: EventDeliveryStatus; responseStatus?: number; error?: string };
}

interface DeliveryRow {
  delivery_id: number;
  repository_name: string;
  detail_type: string;
  event_name: string;
  event_time: number;
  event: string;
  delivery_url: string | null;
  delivery_status: string;
  response_status: number | null;
  error: string | null;
}

/** Records an event going to `url` (pending), or to no target at all (recorded); returns the delivery's id. */
export const recordEventDelivery = (
  db: Database.Database,
  delivery: { repositoryName: string; eventTime: Date; event: CodeCommitEvent; url?: string },
): number =>
  Number(
    prepareOnce(
      eventBridgeSchema(db),
      `INSERT INTO event_deliveries (repository_name, detail_type, event_name, event_time, event, delivery_url, delivery_status)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      delivery.repositoryName,
      delivery.event['detail-type'],
      delivery.event.detail.event,
      delivery.eventTime.getTime(),
      JSON.stringify(delivery.event),
      delivery.url ?? null,
      delivery.url ? 'pending' : 'recorded',
    ).lastInsertRowid,
  );

export const settleEventDelivery = (
  db: Database.Database,
  deliveryId: number,
  outcome: { status: 'delivered' | 'failed'; responseStatus?: number; error?: string },
): void => {
  prepareOnce(
    eventBridgeSchema(db),
    'UPDATE event_deliveries SET delivery_status = ?, response_status = ?, error = ? WHERE delivery_id = ?',
  ).run(outcome.status, outcome.responseStatus ?? null, outcome.error ?? null, deliveryId);
};

/** One repository's event deliveries (by its name at the time), oldest first. */
export const listEventDeliveries = (
  db: Database.Database,
  repositoryName: string,
): EventDelivery[] =>
  prepareOnce<[string], DeliveryRow>(
    eventBridgeSchema(db),
    'SELECT * FROM event_deliveries WHERE repository_name = ? ORDER BY delivery_id',
  )
    .all(repositoryName)
    .map((row) => ({
      deliveryId: row.delivery_id,
      repositoryName: row.repository_name,
      detailType: row.detail_type,
      eventName: row.event_name,
      eventTime: new Date(row.event_time).toISOString(),
      event: JSON.parse(row.event) as CodeCommitEvent,
      delivery: {
        url: row.delivery_url ?? undefined,
        status: row.delivery_status as EventDeliveryStatus,
        responseStatus: row.response_status ?? undefined,
        error: row.error ?? undefined,
      },
    }));
