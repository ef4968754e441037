import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../store/database.ts';
import { regionalRepositoryStores } from '../store/repository-store.ts';
import { pullRequestSchema } from '../pull-requests/schema.ts';
import { approvalMigrations } from './schema.ts';
import { findTemplate, listTemplateRepositoryIds } from './template-store.ts';

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('keeps the templates of a database made before regional templates in us-east-1, with their repositories', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-templates-'));
  const db = openDatabase(dataDir);
  regionalRepositoryStores(db, dataDir, '123456789012')('us-east-1');
  pullRequestSchema(db);
  // The tables as the first version of the approvals schema made them, with one association.
  db.exec(approvalMigrations[0]?.sql ?? '');
  db.exec(`
    INSERT INTO repositories (repository_id, repository_name, creation_date, last_modified_date, kms_key_id, region)
      VALUES ('repo-1', 'kept', 1, 1, 'alias/aws/codecommit', 'us-east-1');
    INSERT INTO approval_rule_templates VALUES ('template-1', 'Old', '', '{}', 'sha', 1, 1, 'arn');
    INSERT INTO approval_rule_template_repositories VALUES ('template-1', 'repo-1', 1);
    INSERT INTO migrations (id, applied_at) VALUES ('approvals-1', 1);
  `);

  expect(findTemplate(db, 'us-east-1', 'Old')).toMatchObject({
    approvalRuleTemplateId: 'template-1',
  });
  expect(findTemplate(db, 'eu-west-1', 'Old')).toBeUndefined();
  expect(listTemplateRepositoryIds(db, 'template-1')).toEqual(['repo-1']);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});
