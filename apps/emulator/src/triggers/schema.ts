import { defineSchema } from '../store/define-schema.ts';

/** Each repository's trigger configuration, and every delivery made for it (kept when triggers change). */
export const triggerSchema = defineSchema('triggers', [
  {
    id: 'triggers-1',
    sql: `
      CREATE TABLE repository_triggers (
        repository_id TEXT PRIMARY KEY REFERENCES repositories(repository_id) ON DELETE CASCADE,
        configuration_id TEXT NOT NULL,
        triggers TEXT NOT NULL
      );
      CREATE TABLE trigger_deliveries (
        delivery_id INTEGER PRIMARY KEY AUTOINCREMENT,
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        repository_name TEXT NOT NULL,
        trigger_name TEXT NOT NULL,
        destination_arn TEXT NOT NULL,
        event_name TEXT NOT NULL,
        event_time INTEGER NOT NULL,
        payload TEXT NOT NULL,
        delivery_url TEXT,
        delivery_status TEXT NOT NULL,
        response_status INTEGER,
        error TEXT
      );
      CREATE INDEX trigger_deliveries_by_repository ON trigger_deliveries (repository_id, delivery_id);`,
  },
]);
