import type Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { regionalRepositoryStores } from './repository-store.ts';
import { SqliteTagStore } from './tag-store.ts';

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('keeps the repositories of a database made before regions in us-east-1, with their tags', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-store-'));
  const before = openDatabase(dataDir);
  // The schema as the first version of the store made it.
  before.exec(`
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
    );
    INSERT INTO migrations VALUES ('repositories-1', 0);
    INSERT INTO repositories VALUES ('id-1', 'old', 'kept', 'main', 1, 2, 'alias/aws/codecommit');
    INSERT INTO repository_tags VALUES ('id-1', 'team', 'core');`);
  before.close();

  const db: Database.Database = openDatabase(dataDir);
  const repositoriesIn = regionalRepositoryStores(db, dataDir, '123456789012');
  const old = repositoriesIn('us-east-1').find('old');
  expect(old).toMatchObject({
    repositoryId: 'id-1',
    region: 'us-east-1',
    repositoryDescription: 'kept',
    defaultBranch: 'main',
    arn: 'arn:aws:codecommit:us-east-1:123456789012:old',
  });
  expect(new SqliteTagStore(db).list('id-1')).toEqual({ team: 'core' });
  expect(repositoriesIn('eu-west-1').find('old')).toBeUndefined();

  const copy = await repositoriesIn('eu-west-1').create({ repositoryName: 'old' });
  expect(copy.arn).toBe('arn:aws:codecommit:eu-west-1:123456789012:old');
  expect(
    repositoriesIn('us-east-1')
      .list()
      .map((record) => record.repositoryId),
  ).toEqual(['id-1']);
  // Deleting the old repository still takes its tags with it: the foreign key survived.
  await repositoriesIn('us-east-1').delete('old');
  expect(new SqliteTagStore(db).list('id-1')).toEqual({});
  db.close();
});
