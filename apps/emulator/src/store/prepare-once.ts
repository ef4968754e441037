import type Database from 'better-sqlite3';

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
