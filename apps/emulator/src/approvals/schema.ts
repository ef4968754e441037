import type Database from 'better-sqlite3';
import { defineSchema } from '../store/define-schema.ts';
import { pullRequestSchema } from '../pull-requests/schema.ts';

/** The approvals schema's migrations, oldest first (exported so a test can start from the first). */
export const approvalMigrations = [
  {
    id: 'approvals-1',
    sql: `
      CREATE TABLE approval_rules (
        approval_rule_id TEXT PRIMARY KEY,
        pull_request_id INTEGER NOT NULL REFERENCES pull_requests(pull_request_id) ON DELETE CASCADE,
        approval_rule_name TEXT NOT NULL,
        approval_rule_content TEXT NOT NULL,
        rule_content_sha256 TEXT NOT NULL,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        last_modified_user TEXT NOT NULL,
        origin_approval_rule_template_id TEXT,
        origin_approval_rule_template_name TEXT,
        UNIQUE (pull_request_id, approval_rule_name)
      );
      CREATE TABLE approvals (
        pull_request_id INTEGER NOT NULL REFERENCES pull_requests(pull_request_id) ON DELETE CASCADE,
        revision_id TEXT NOT NULL,
        user_arn TEXT NOT NULL,
        approval_state TEXT NOT NULL,
        PRIMARY KEY (pull_request_id, revision_id, user_arn)
      );
      CREATE TABLE approval_overrides (
        pull_request_id INTEGER NOT NULL REFERENCES pull_requests(pull_request_id) ON DELETE CASCADE,
        revision_id TEXT NOT NULL,
        overrider TEXT NOT NULL,
        PRIMARY KEY (pull_request_id, revision_id)
      );
      CREATE TABLE approval_rule_templates (
        approval_rule_template_id TEXT PRIMARY KEY,
        approval_rule_template_name TEXT NOT NULL UNIQUE,
        approval_rule_template_description TEXT NOT NULL DEFAULT '',
        approval_rule_template_content TEXT NOT NULL,
        rule_content_sha256 TEXT NOT NULL,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        last_modified_user TEXT NOT NULL
      );
      CREATE TABLE approval_rule_template_repositories (
        approval_rule_template_id TEXT NOT NULL REFERENCES approval_rule_templates(approval_rule_template_id) ON DELETE CASCADE,
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        associated_at INTEGER NOT NULL,
        PRIMARY KEY (approval_rule_template_id, repository_id)
      );`,
  },
  {
    // Approval rule templates are regional, as on AWS ("Approval rule templates: 1000 in an AWS
    // Region", CodeCommit quotas): a name is unique within its region only. SQLite cannot drop a
    // UNIQUE constraint, so the table is rebuilt; the associations are set aside first, so that
    // dropping the old table cascades into nothing. What existed before lives in us-east-1.
    id: 'approvals-2-regional-templates',
    sql: `
      CREATE TABLE approval_rule_templates_regional (
        approval_rule_template_id TEXT PRIMARY KEY,
        region TEXT NOT NULL,
        approval_rule_template_name TEXT NOT NULL,
        approval_rule_template_description TEXT NOT NULL DEFAULT '',
        approval_rule_template_content TEXT NOT NULL,
        rule_content_sha256 TEXT NOT NULL,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        last_modified_user TEXT NOT NULL,
        UNIQUE (region, approval_rule_template_name)
      );
      INSERT INTO approval_rule_templates_regional
        SELECT approval_rule_template_id, 'us-east-1', approval_rule_template_name,
               approval_rule_template_description, approval_rule_template_content,
               rule_content_sha256, creation_date, last_modified_date, last_modified_user
        FROM approval_rule_templates;
      CREATE TABLE associations_kept AS SELECT * FROM approval_rule_template_repositories;
      DROP TABLE approval_rule_template_repositories;
      DROP TABLE approval_rule_templates;
      ALTER TABLE approval_rule_templates_regional RENAME TO approval_rule_templates;
      CREATE TABLE approval_rule_template_repositories (
        approval_rule_template_id TEXT NOT NULL REFERENCES approval_rule_templates(approval_rule_template_id) ON DELETE CASCADE,
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        associated_at INTEGER NOT NULL,
        PRIMARY KEY (approval_rule_template_id, repository_id)
      );
      INSERT INTO approval_rule_template_repositories
        SELECT approval_rule_template_id, repository_id, associated_at FROM associations_kept;
      DROP TABLE associations_kept;`,
  },
];

const approvalTables = defineSchema('approvals', approvalMigrations);

/** Approval rules, approvals and overrides of pull requests, and approval rule templates. */
export const approvalSchema = (db: Database.Database): Database.Database =>
  approvalTables(pullRequestSchema(db));
