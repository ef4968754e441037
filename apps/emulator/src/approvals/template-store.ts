import type Database from 'better-sqlite3';
import type { ApprovalRuleTemplate } from '@aws-sdk/client-codecommit';
import { approvalSchema } from './schema.ts';

interface TemplateRow {
  approval_rule_template_id: string;
  region: string;
  approval_rule_template_name: string;
  approval_rule_template_description: string;
  approval_rule_template_content: string;
  rule_content_sha256: string;
  creation_date: number;
  last_modified_date: number;
  last_modified_user: string;
}

export type TemplateRecord = Required<ApprovalRuleTemplate>;

const toTemplate = (row: TemplateRow): TemplateRecord => ({
  approvalRuleTemplateId: row.approval_rule_template_id,
  approvalRuleTemplateName: row.approval_rule_template_name,
  approvalRuleTemplateDescription: row.approval_rule_template_description,
  approvalRuleTemplateContent: row.approval_rule_template_content,
  ruleContentSha256: row.rule_content_sha256,
  creationDate: new Date(row.creation_date),
  lastModifiedDate: new Date(row.last_modified_date),
  lastModifiedUser: row.last_modified_user,
});

/** Templates are regional, as on AWS: every lookup by name or count is scoped to one region. */
export const findTemplate = (
  db: Database.Database,
  region: string,
  approvalRuleTemplateName: string,
): TemplateRecord | undefined => {
  const row = approvalSchema(db)
    .prepare<[string, string], TemplateRow>(
      'SELECT * FROM approval_rule_templates WHERE region = ? AND approval_rule_template_name = ?',
    )
    .get(region, approvalRuleTemplateName);
  return row && toTemplate(row);
};

export const countTemplates = (db: Database.Database, region: string): number =>
  approvalSchema(db)
    .prepare<[string], { count: number }>(
      'SELECT COUNT(*) AS count FROM approval_rule_templates WHERE region = ?',
    )
    .get(region)?.count ?? 0;

/** Every template name of the region, sorted. */
export const listTemplateNames = (db: Database.Database, region: string): string[] =>
  approvalSchema(db)
    .prepare<[string], { name: string }>(
      'SELECT approval_rule_template_name AS name FROM approval_rule_templates WHERE region = ? ORDER BY approval_rule_template_name',
    )
    .all(region)
    .map((row) => row.name);

export const insertTemplate = (
  db: Database.Database,
  region: string,
  template: TemplateRecord,
): void => {
  approvalSchema(db)
    .prepare(
      `INSERT INTO approval_rule_templates (approval_rule_template_id, region, approval_rule_template_name, approval_rule_template_description,
        approval_rule_template_content, rule_content_sha256, creation_date, last_modified_date, last_modified_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      template.approvalRuleTemplateId,
      region,
      template.approvalRuleTemplateName,
      template.approvalRuleTemplateDescription,
      template.approvalRuleTemplateContent,
      template.ruleContentSha256,
      template.creationDate.getTime(),
      template.lastModifiedDate.getTime(),
      template.lastModifiedUser,
    );
};

/** Saves a template's changed name, description or content (by id) and returns it. */
export const saveTemplate = (db: Database.Database, template: TemplateRecord): TemplateRecord => {
  approvalSchema(db)
    .prepare(
      `UPDATE approval_rule_templates SET approval_rule_template_name = ?, approval_rule_template_description = ?, approval_rule_template_content = ?,
        rule_content_sha256 = ?, last_modified_date = ?, last_modified_user = ? WHERE approval_rule_template_id = ?`,
    )
    .run(
      template.approvalRuleTemplateName,
      template.approvalRuleTemplateDescription,
      template.approvalRuleTemplateContent,
      template.ruleContentSha256,
      template.lastModifiedDate.getTime(),
      template.lastModifiedUser,
      template.approvalRuleTemplateId,
    );
  return template;
};

export const deleteTemplate = (db: Database.Database, approvalRuleTemplateId: string): void => {
  approvalSchema(db)
    .prepare('DELETE FROM approval_rule_templates WHERE approval_rule_template_id = ?')
    .run(approvalRuleTemplateId);
};

/** Associates a template with a repository; false when it already was. */
export const associateTemplate = (
  db: Database.Database,
  approvalRuleTemplateId: string,
  repositoryId: string,
): boolean =>
  approvalSchema(db)
    .prepare(
      'INSERT OR IGNORE INTO approval_rule_template_repositories (approval_rule_template_id, repository_id, associated_at) VALUES (?, ?, ?)',
    )
    .run(approvalRuleTemplateId, repositoryId, Date.now()).changes > 0;

export const disassociateTemplate = (
  db: Database.Database,
  approvalRuleTemplateId: string,
  repositoryId: string,
): void => {
  approvalSchema(db)
    .prepare(
      'DELETE FROM approval_rule_template_repositories WHERE approval_rule_template_id = ? AND repository_id = ?',
    )
    .run(approvalRuleTemplateId, repositoryId);
};

/** Ids of the repositories a template is associated with. */
export const listTemplateRepositoryIds = (
  db: Database.Database,
  approvalRuleTemplateId: string,
): string[] =>
  approvalSchema(db)
    .prepare<[string], { repository_id: string }>(
      'SELECT repository_id FROM approval_rule_template_repositories WHERE approval_rule_template_id = ? ORDER BY associated_at, rowid',
    )
    .all(approvalRuleTemplateId)
    .map((row) => row.repository_id);

/** The templates associated with a repository, by name. */
export const listRepositoryTemplates = (
  db: Database.Database,
  repositoryId: string,
): TemplateRecord[] =>
  approvalSchema(db)
    .prepare<[string], TemplateRow>(
      `SELECT t.* FROM approval_rule_templates t JOIN approval_rule_template_repositories a USING (approval_rule_template_id)
       WHERE a.repository_id = ? ORDER BY t.approval_rule_template_name`,
    )
    .all(repositoryId)
    .map(toTemplate);
