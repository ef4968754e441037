import type Database from 'better-sqlite3';
import type { PullRequestEvent, PullRequestEventType } from '@aws-sdk/client-codecommit';
import { prepareOnce } from '../store/prepare-once.ts';
import { pullRequestSchema } from './schema.ts';

/** The event's metadata member, e.g. `{ pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' } }`. */
export type PullRequestEventMetadata = Omit<
  PullRequestEvent,
  'pullRequestId' | 'eventDate' | 'pullRequestEventType' | 'actorArn'
>;

type PullRequestEventListener = (event: PullRequestEvent) => void;

const listeners = new WeakMap<Database.Database, PullRequestEventListener>();

/**
 * Lets the emulator's EventBridge events hear every pull request event recorded in this
 * database. The listener runs once the recording transaction is over, so it reads the pull
 * request as the change left it.
 *
 * @example
 * onPullRequestEvent(db, (event) => publishPullRequestEvent(event));
 */
export const onPullRequestEvent = (
  db: Database.Database,
  listener: PullRequestEventListener,
): void => {
  listeners.set(db, listener);
};

interface EventRow {
  pull_request_id: number;
  event_date: number;
  pull_request_event_type: string;
  actor_arn: string;
  metadata: string;
}

/**
 * Records one entry of a pull request's activity (DescribePullRequestEvents) and marks the
 * pull request active at that moment.
 *
 * @example
 * recordPullRequestEvent(db, { pullRequestId, pullRequestEventType: 'PULL_REQUEST_STATUS_CHANGED', actorArn, metadata: { pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' } } });
 */
export const recordPullRequestEvent = (
  db: Database.Database,
  event: {
    pullRequestId: string;
    pullRequestEventType: PullRequestEventType;
    actorArn: string;
    metadata: PullRequestEventMetadata;
    eventDate?: Date;
  },
): void => {
  const eventDate = (event.eventDate ?? new Date()).getTime();
  prepareOnce(
    pullRequestSchema(db),
    'INSERT INTO pull_request_events (pull_request_id, event_date, pull_request_event_type, actor_arn, metadata) VALUES (?, ?, ?, ?, ?)',
  ).run(
    event.pullRequestId,
    eventDate,
    event.pullRequestEventType,
    event.actorArn,
    JSON.stringify(event.metadata),
  );
  prepareOnce(
    db,
    'UPDATE pull_requests SET last_activity_date = MAX(last_activity_date, ?) WHERE pull_request_id = ?',
  ).run(eventDate, event.pullRequestId);
  const listener = listeners.get(db);
  if (listener) {
    const recorded: PullRequestEvent = {
      pullRequestId: event.pullRequestId,
      eventDate: new Date(eventDate),
      pullRequestEventType: event.pullRequestEventType,
      actorArn: event.actorArn,
      ...event.metadata,
    };
    queueMicrotask(() => {
      try {
        listener(recorded);
      } catch (error) {
        console.error('A pull request event listener failed:', error);
      }
    });
  }
};

/** A pull request's events, oldest first, optionally of one type and one actor. */
export const listPullRequestEvents = (
  db: Database.Database,
  filter: { pullRequestId: string; pullRequestEventType?: string; actorArn?: string },
): PullRequestEvent[] => {
  const conditions = ['pull_request_id = ?'];
  const values: string[] = [filter.pullRequestId];
  if (filter.pullRequestEventType !== undefined) {
    conditions.push('pull_request_event_type = ?');
    values.push(filter.pullRequestEventType);
  }
  if (filter.actorArn !== undefined) {
    conditions.push('actor_arn = ?');
    values.push(filter.actorArn);
  }
  return prepareOnce<string[], EventRow>(
    pullRequestSchema(db),
    `SELECT * FROM pull_request_events WHERE ${conditions.join(' AND ')} ORDER BY event_id`,
  )
    .all(...values)
    .map((row) => ({
      pullRequestId: String(row.pull_request_id),
      eventDate: new Date(row.event_date),
      pullRequestEventType: row.pull_request_event_type as PullRequestEventType,
      actorArn: row.actor_arn,
      ...(JSON.parse(row.metadata) as PullRequestEventMetadata),
    }));
};
