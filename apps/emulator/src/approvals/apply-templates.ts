import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { CodeCommitError } from '../protocol/errors.ts';
import { parseRuleContent } from './rule-content.ts';
import { insertApprovalRule } from './rule-store.ts';
import { listRepositoryTemplates } from './template-store.ts';

const destinationsOf = (content: string): string[] | undefined => {
  try {
    return parseRuleContent({
      content,
      exception: 'InvalidApprovalRuleTemplateContentException',
      allowDestinationReferences: true,
    }).destinationReferences;
  } catch (error) {
    if (error instanceof CodeCommitError) return [];
    throw error;
  }
};

/**
 * Gives a new pull request the rules of the templates associated with its repository whose
 * DestinationReferences include its destination (or that name none), each named after its
 * template and marked with originApprovalRuleTemplate.
 *
 * @example
 * applyApprovalRuleTemplates(db, { pullRequestId, repositoryId, destinationReference: 'refs/heads/main', authorArn });
 */
export const applyApprovalRuleTemplates = (
  db: Database.Database,
  pullRequest: {
    pullRequestId: string;
    repositoryId: string;
    destinationReference: string;
    authorArn: string;
  },
): void => {
  const now = new Date();
  for (const template of listRepositoryTemplates(db, pullRequest.repositoryId)) {
    const destinations = destinationsOf(template.approvalRuleTemplateContent);
    if (destinations !== undefined && !destinations.includes(pullRequest.destinationReference))
      continue;
    insertApprovalRule(db, pullRequest.pullRequestId, {
      approvalRuleId: randomUUID(),
      approvalRuleName: template.approvalRuleTemplateName,
      approvalRuleContent: template.approvalRuleTemplateContent,
      ruleContentSha256: template.ruleContentSha256,
      creationDate: now,
      lastModifiedDate: now,
      lastModifiedUser: pullRequest.authorArn,
      originApprovalRuleTemplate: {
        approvalRuleTemplateId: template.approvalRuleTemplateId,
        approvalRuleTemplateName: template.approvalRuleTemplateName,
      },
    });
  }
};
