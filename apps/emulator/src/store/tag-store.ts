import type Database from 'better-sqlite3';
import type { TagStore } from '../operations/types.ts';

/** Repository tags; the table is created with the repositories (see repository-store.ts). */
export class SqliteTagStore implements TagStore {
  constructor(private readonly db: Database.Database) {}

  list(repositoryId: string): Record<string, string> {
    const rows = this.db
      .prepare<[string], { tag_key: string; tag_value: string }>(
        'SELECT tag_key, tag_value FROM repository_tags WHERE repository_id = ? ORDER BY tag_key',
      )
      .all(repositoryId);
    return Object.fromEntries(rows.map((row) => [row.tag_key, row.tag_value]));
  }

  set(repositoryId: string, tags: Record<string, string>): void {
    const upsert = this.db.prepare(
      'INSERT INTO repository_tags VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET tag_value = excluded.tag_value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(tags)) upsert.run(repositoryId, key, value);
    })();
  }

  remove(repositoryId: string, tagKeys: string[]): void {
    const remove = this.db.prepare(
      'DELETE FROM repository_tags WHERE repository_id = ? AND tag_key = ?',
    );
    this.db.transaction(() => {
      for (const key of tagKeys) remove.run(repositoryId, key);
    })();
  }
}
