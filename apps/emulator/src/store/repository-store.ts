import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CodeCommitError } from '../protocol/errors.ts';
import type {
  NewRepository,
  RepositoryChanges,
  RepositoryRecord,
  RepositoryStore,
} from '../operations/types.ts';
import { SqliteTagStore } from './tag-store.ts';
import { initBareRepository, removeBareRepository } from './bare-repository.ts';
import { migrate } from './database.ts';
import { prepareOnce } from './prepare-once.ts';

interface RepositoryRow {
  repository_id: string;
  repository_name: string;
  repository_description: string | null;
  default_branch: string | null;
  creation_date: number;
  last_modified_date: number;
  kms_key_id: string;
  region: string;
}

/** The key CodeCommit uses when CreateRepository names none. */
export const defaultKmsKeyId = 'alias/aws/codecommit';

const migrations = [
  {
    id: 'repositories-1',
    sql: `
      CREATE TABLE repositories (
        repository_id TEXT PRIMARY KEY,
        repository_name TEXT NOT NULL UNIQUE,
        repository_description TEXT,
        default_branch TEXT,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        kms_key_id TEXT NOT NULL
      );
      CREATE TABLE repository_tags (
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        tag_key TEXT NOT NULL,
        tag_value TEXT NOT NULL,
        PRIMARY KEY (repository_id, tag_key)
      );`,
  },
  {
    // Repositories are regional, as on AWS: a name is unique within its region only. SQLite
    // cannot drop a UNIQUE constraint, so the table is rebuilt (its documented twelve steps,
    // run with foreign keys off by the caller); what existed before lives in us-east-1.
    id: 'repositories-2-regional',
    sql: `
      CREATE TABLE repositories_regional (
        repository_id TEXT PRIMARY KEY,
        repository_name TEXT NOT NULL,
        repository_description TEXT,
        default_branch TEXT,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        kms_key_id TEXT NOT NULL,
        region TEXT NOT NULL,
        UNIQUE (region, repository_name)
      );
      INSERT INTO repositories_regional
        SELECT repository_id, repository_name, repository_description, default_branch,
               creation_date, last_modified_date, kms_key_id, 'us-east-1'
        FROM repositories;
      DROP TABLE repositories;
      ALTER TABLE repositories_regional RENAME TO repositories;`,
  },
];

const migrated = new WeakSet<Database.Database>();

/** Applies the migrations once per connection, with foreign keys off while a table is rebuilt. */
function migrateRepositories(db: Database.Database): void {
  if (migrated.has(db)) return;
  migrated.add(db);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    migrate(db, migrations);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new Error(`The repositories migration broke ${broken.length} foreign keys.`);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

/**
 * Repository metadata and tags of one region in SQLite; each repository's git data in
 * `<dataDir>/repositories/<repositoryId>.git`, named by id so a rename moves nothing on disk.
 * Every lookup is scoped to the region, as CodeCommit's repositories are regional.
 */
export class SqliteRepositoryStore implements RepositoryStore {
  private readonly root: string;

  private readonly tags: SqliteTagStore;

  /**
   * Records by name, as SQLite last gave them: every API call looks its repository up first.
   * This store is the only writer of the table, and each of its writes empties the map.
   */
  private readonly byName = new Map<string, RepositoryRecord>();

  constructor(
    private readonly db: Database.Database,
    dataDir: string,
    private readonly options: { region: string; accountId: string },
  ) {
    migrateRepositories(db);
    this.root = path.join(dataDir, 'repositories');
    mkdirSync(this.root, { recursive: true });
    this.tags = new SqliteTagStore(db);
  }

  find(repositoryName: string): RepositoryRecord | undefined {
    const kept = this.byName.get(repositoryName);
    if (kept) return kept;
    const row = prepareOnce<[string, string], RepositoryRow>(
      this.db,
      'SELECT * FROM repositories WHERE repository_name = ? AND region = ?',
    ).get(repositoryName, this.options.region);
    if (!row) return undefined;
    const record = Object.freeze(this.toRecord(row));
    this.byName.set(repositoryName, record);
    return record;
  }

  require(repositoryName: string): RepositoryRecord {
    const record = this.find(repositoryName);
    if (!record)
      throw new CodeCommitError(
        'RepositoryDoesNotExistException',
        `${repositoryName} does not exist`,
      );
    return record;
  }

  findById(repositoryId: string): RepositoryRecord | undefined {
    const row = prepareOnce<[string, string], RepositoryRow>(
      this.db,
      'SELECT * FROM repositories WHERE repository_id = ? AND region = ?',
    ).get(repositoryId, this.options.region);
    return row && this.toRecord(row);
  }

  list(): RepositoryRecord[] {
    return prepareOnce<[string], RepositoryRow>(
      this.db,
      'SELECT * FROM repositories WHERE region = ? ORDER BY repository_name',
    )
      .all(this.options.region)
      .map((row) => this.toRecord(row));
  }

  touch(repositoryName: string, changes: { defaultBranch?: string } = {}): void {
    this.byName.clear();
    prepareOnce(
      this.db,
      'UPDATE repositories SET last_modified_date = ?, default_branch = COALESCE(default_branch, ?) WHERE repository_name = ? AND region = ?',
    ).run(Date.now(), changes.defaultBranch ?? null, repositoryName, this.options.region);
  }

  async create(input: NewRepository): Promise<RepositoryRecord> {
    if (this.find(input.repositoryName)) throw nameExists(input.repositoryName);
    const repositoryId = randomUUID();
    const gitDir = this.gitDirOf(repositoryId);
    await initBareRepository(gitDir);
    const now = Date.now();
    this.byName.clear();
    try {
      this.db.transaction(() => {
        this.db
          .prepare(
            `INSERT INTO repositories (repository_id, repository_name, repository_description, default_branch, creation_date, last_modified_date, kms_key_id, region)
             VALUES (?, ?, ?, NULL, ?, ?, ?, ?)`,
          )
          .run(
            repositoryId,
            input.repositoryName,
            input.repositoryDescription ?? null,
            now,
            now,
            input.kmsKeyId ?? defaultKmsKeyId,
            this.options.region,
          );
        this.tags.set(repositoryId, input.tags ?? {});
      })();
    } catch (error) {
      await removeBareRepository(gitDir);
      if (isUniqueViolation(error)) throw nameExists(input.repositoryName);
      throw error;
    }
    return this.require(input.repositoryName);
  }

  async delete(repositoryName: string): Promise<RepositoryRecord | undefined> {
    const record = this.find(repositoryName);
    if (!record) return undefined;
    this.byName.clear();
    this.db.prepare('DELETE FROM repositories WHERE repository_id = ?').run(record.repositoryId);
    await removeBareRepository(record.gitDir);
    return record;
  }

  update(repositoryName: string, changes: RepositoryChanges): RepositoryRecord {
    const record = this.require(repositoryName);
    const newName = changes.repositoryName ?? record.repositoryName;
    this.byName.clear();
    try {
      this.db
        .prepare(
          `UPDATE repositories SET repository_name = ?, repository_description = ?, kms_key_id = ?, default_branch = ?, last_modified_date = ?
           WHERE repository_id = ?`,
        )
        .run(
          newName,
          changes.repositoryDescription === undefined
            ? (record.repositoryDescription ?? null)
            : changes.repositoryDescription,
          changes.kmsKeyId ?? record.kmsKeyId,
          changes.defaultBranch ?? record.defaultBranch ?? null,
          Date.now(),
          record.repositoryId,
        );
    } catch (error) {
      if (isUniqueViolation(error)) throw nameExists(newName);
      throw error;
    }
    return this.require(newName);
  }

  private gitDirOf(repositoryId: string): string {
    return path.join(this.root, `${repositoryId}.git`);
  }

  private toRecord(row: RepositoryRow): RepositoryRecord {
    const { accountId } = this.options;
    const { region } = row;
    return {
      region,
      repositoryId: row.repository_id,
      repositoryName: row.repository_name,
      repositoryDescription: row.repository_description ?? undefined,
      defaultBranch: row.default_branch ?? undefined,
      creationDate: new Date(row.creation_date),
      lastModifiedDate: new Date(row.last_modified_date),
      accountId,
      arn: `arn:aws:codecommit:${region}:${accountId}:${row.repository_name}`,
      kmsKeyId: row.kms_key_id,
      gitDir: this.gitDirOf(row.repository_id),
    };
  }
}

/**
 * One store per region over the same database, made when a region is first asked for.
 *
 * @example
 * const repositoriesIn = regionalRepositoryStores(db, dataDir, accountId);
 * repositoriesIn('eu-west-1').list();
 */
export const regionalRepositoryStores = (
  db: Database.Database,
  dataDir: string,
  accountId: string,
): ((region: string) => RepositoryStore) => {
  const stores = new Map<string, RepositoryStore>();
  return (region) => {
    let store = stores.get(region);
    if (!store) {
      store = new SqliteRepositoryStore(db, dataDir, { region, accountId });
      stores.set(region, store);
    }
    return store;
  };
};

const nameExists = (repositoryName: string): CodeCommitError =>
  new CodeCommitError(
    'RepositoryNameExistsException',
    `Repository named ${repositoryName} already exists`,
  );

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
