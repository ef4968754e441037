import type Database from 'better-sqlite3';
import type { ApprovalRule } from '@aws-sdk/client-codecommit';
import { prepareOnce } from '../store/prepare-once.ts';
import { approvalSchema } from './schema.ts';

interface RuleRow {
  approval_rule_id: string;
  approval_rule_name: string;
  approval_rule_content: string;
  rule_content_sha256: string;
  creation_date: number;
  last_modified_date: number;
  last_modified_user: string;
  origin_approval_rule_template_id: string | null;
  origin_approval_rule_template_name: string | null;
}

const toRule = (row: RuleRow): ApprovalRule => ({
  approvalRuleId: row.approval_rule_id,
  approvalRuleName: row.approval_rule_name,
  approvalRuleContent: row.approval_rule_content,
  ruleContentSha256: row.rule_content_sha256,
  creationDate: new Date(row.creation_date),
  lastModifiedDate: new Date(row.last_modified_date),
  lastModifiedUser: row.last_modified_user,
  originApprovalRuleTemplate:
    row.origin_approval_rule_template_id === null
      ? undefined
      : {
          approvalRuleTemplateId: row.origin_approval_rule_template_id,
          approvalRuleTemplateName: row.origin_approval_rule_template_name ?? undefined,
        },
});

/** A pull request's approval rules, oldest first. */
export const listApprovalRules = (db: Database.Database, pullRequestId: string): ApprovalRule[] =>
  prepareOnce<[string], RuleRow>(
    approvalSchema(db),
    'SELECT * FROM approval_rules WHERE pull_request_id = ? ORDER BY creation_date, rowid',
  )
    .all(pullRequestId)
    .map(toRule);

export const findApprovalRule = (
  db: Database.Database,
  pullRequestId: string,
  approvalRuleName: string,
): ApprovalRule | undefined => {
  const row = prepareOnce<[string, string], RuleRow>(
    approvalSchema(db),
    'SELECT * FROM approval_rules WHERE pull_request_id = ? AND approval_rule_name = ?',
  ).get(pullRequestId, approvalRuleName);
  return row && toRule(row);
};

export const countApprovalRules = (db: Database.Database, pullRequestId: string): number =>
  prepareOnce<[string], { count: number }>(
    approvalSchema(db),
    'SELECT COUNT(*) AS count FROM approval_rules WHERE pull_request_id = ?',
  ).get(pullRequestId)?.count ?? 0;

export const insertApprovalRule = (
  db: Database.Database,
  pullRequestId: string,
  rule: Required<Omit<ApprovalRule, 'originApprovalRuleTemplate'>> &
    Pick<ApprovalRule, 'originApprovalRuleTemplate'>,
): void => {
  approvalSchema(db)
    .prepare(
      `INSERT INTO approval_rules (approval_rule_id, pull_request_id, approval_rule_name, approval_rule_content, rule_content_sha256,
        creation_date, last_modified_date, last_modified_user, origin_approval_rule_template_id, origin_approval_rule_template_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      rule.approvalRuleId,
      pullRequestId,
      rule.approvalRuleName,
      rule.approvalRuleContent,
      rule.ruleContentSha256,
      rule.creationDate.getTime(),
      rule.lastModifiedDate.getTime(),
      rule.lastModifiedUser,
      rule.originApprovalRuleTemplate?.approvalRuleTemplateId ?? null,
      rule.originApprovalRuleTemplate?.approvalRuleTemplateName ?? null,
    );
};

export const updateApprovalRuleContent = (
  db: Database.Database,
  approvalRuleId: string,
  change: {
    approvalRuleContent: string;
    ruleContentSha256: string;
    lastModifiedDate: Date;
    lastModifiedUser: string;
  },
): void => {
  approvalSchema(db)
    .prepare(
      'UPDATE approval_rules SET approval_rule_content = ?, rule_content_sha256 = ?, last_modified_date = ?, last_modified_user = ? WHERE approval_rule_id = ?',
    )
    .run(
      change.approvalRuleContent,
      change.ruleContentSha256,
      change.lastModifiedDate.getTime(),
      change.lastModifiedUser,
      approvalRuleId,
    );
};

export const deleteApprovalRule = (db: Database.Database, approvalRuleId: string): void => {
  approvalSchema(db)
    .prepare('DELETE FROM approval_rules WHERE approval_rule_id = ?')
    .run(approvalRuleId);
};
