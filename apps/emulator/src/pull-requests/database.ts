import type Database from 'better-sqlite3';
import { migrate, type Migration } from '../store/database.ts';

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

const statements = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[]>>>();

/**
 * A statement prepared once per connection and kept: preparing costs more than running the
 * one-row lookups that every pull request read is made of.
 *
 * @example
 * const row = prepareOnce<[string], Row>(db, 'SELECT * FROM pull_requests WHERE pull_request_id = ?').get(id);
 */
export const prepareOnce = <P extends unknown[] = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<P, R> => {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = new Map();
    statements.set(db, prepared);
  }
  let statement = prepared.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[]>(sql);
    prepared.set(sql, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
};
