import { defineSchema } from '../store/define-schema.ts';

/** Every EventBridge event the emulator emitted, once per target it went to (or once, recorded only). */
export const eventBridgeSchema = defineSchema('eventbridge', [
  {
    id: 'eventbridge-1',
    sql: `
      CREATE TABLE event_deliveries (
        delivery_id INTEGER PRIMARY KEY AUTOINCREMENT,
        repository_name TEXT NOT NULL,
        detail_type TEXT NOT NULL,
        event_name TEXT NOT NULL,
        event_time INTEGER NOT NULL,
        event TEXT NOT NULL,
        delivery_url TEXT,
        delivery_status TEXT NOT NULL,
        response_status INTEGER,
        error TEXT
      );
      CREATE INDEX event_deliveries_by_repository ON event_deliveries (repository_name, delivery_id);`,
  },
]);
