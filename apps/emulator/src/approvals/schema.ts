import type Database from 'better-sqlite3';
import { defineSchema } from '../store/define-schema.ts';
import { pullRequestSchema } from '../pull-requests/schema.ts';

const approvalTables = defineSchema('approvals', [
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
]);

/** Approval rules, approvals and overrides of pull requests, and approval rule templates. */
export const approvalSchema = (db: Database.Database): Database.Database =>
  approvalTables(pullRequestSchema(db));
