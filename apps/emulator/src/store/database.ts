import Database from 'better-sqlite3';
import path from 'node:path';

export interface Migration {
  /** Unique and stable: applied once, in the order given. */
  id: string;
  sql: string;
}

/**
 * Opens `<dataDir>/emulator.sqlite`. WAL with synchronous=FULL: a write is on disk when its
 * transaction commits, so an acknowledged write survives `kill -9` and power loss alike.
 */
export function openDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, 'emulator.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)',
  );
  return db;
}

/** Applies the migrations not applied yet, each in its own transaction. */
export function migrate(db: Database.Database, migrations: Migration[]): void {
  const applied = db.prepare<[string], { id: string }>('SELECT id FROM migrations WHERE id = ?');
  const record = db.prepare('INSERT INTO migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.get(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, Date.now());
    })();
  }
}
