import type Database from 'better-sqlite3';
import { migrate, type Migration } from './database.ts';

const applied = new WeakMap<Database.Database, Set<string>>();

/**
 * Creates a domain's tables the first time that domain touches a database, and never again
 * for that connection: the migrations table makes it idempotent across restarts, the
 * per-connection memo keeps it off every request's path.
 *
 * @example
 * const commentsSchema = defineSchema('comments', [{ id: 'comments-1', sql: 'CREATE TABLE …' }]);
 * commentsSchema(ctx.db);
 */
export const defineSchema =
  (name: string, migrations: Migration[]) =>
  (db: Database.Database): Database.Database => {
    let done = applied.get(db);
    if (!done) {
      done = new Set();
      applied.set(db, done);
    }
    if (!done.has(name)) {
      db.exec(
        'CREATE TABLE IF NOT EXISTS migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)',
      );
      migrate(db, migrations);
      done.add(name);
    }
    return db;
  };
