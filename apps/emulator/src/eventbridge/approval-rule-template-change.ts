import type { RepositoryRecord } from '../operations/types.ts';
import type { TemplateRecord } from '../approvals/template-store.ts';
import { codeCommitEvent, type CodeCommitEvent } from './envelope.ts';
import { javaDate } from './java-date.ts';

export type TemplateEventName =
  | 'approvalRuleTemplateCreated'
  | 'approvalRuleTemplateUpdated'
  | 'approvalRuleTemplateDeleted'
  | 'approvalRuleTemplateAssociatedWithRepository'
  | 'approvalRuleTemplateDisassociatedFromRepository'
  | 'batchAssociateApprovalRuleTemplateWithRepositories'
  | 'batchDisassociateApprovalRuleTemplateFromRepositories';

const said = (
  event: TemplateEventName,
  template: TemplateRecord,
  repositories: RepositoryRecord[],
): string => {
  const names = `[${repositories.map((repository) => repository.repositoryName).join(', ')}]`;
  const name = template.approvalRuleTemplateName;
  const id = template.approvalRuleTemplateId;
  switch (event) {
    case 'approvalRuleTemplateCreated':
      return `An approval rule template with the following name has been created: ${name}. The ID of the created template is: ${id}.`;
    case 'approvalRuleTemplateUpdated':
      return `An approval rule template with the following name has been updated: ${name}. The ID of the updated template is: ${id}.`;
    case 'approvalRuleTemplateDeleted':
      return `An approval rule template with the following name has been deleted: ${name}. The ID of the deleted template is: ${id}.`;
    case 'approvalRuleTemplateAssociatedWithRepository':
      return `An approval rule template has been associated with the following repository: ${names}.`;
    case 'approvalRuleTemplateDisassociatedFromRepository':
      return `An approval rule template has been disassociated from the following repository: ${names}.`;
    case 'batchAssociateApprovalRuleTemplateWithRepositories':
      return `An approval rule template has been batch associated with the following repository names: ${names}.`;
    case 'batchDisassociateApprovalRuleTemplateFromRepositories':
      return `An approval rule template has been batch disassociated from the following repository names: ${names}.`;
  }
};

/**
 * The "CodeCommit Approval Rule Template Change" event, with the detail fields of the CodeCommit
 * User Guide's approvalRuleTemplate* examples: the template's id, name, content SHA-256 and dates,
 * who changed it, and the repositories an association concerns (name to id; their ARNs are the
 * event's resources, none for a change to the template itself).
 *
 * @example
 * const event = approvalRuleTemplateChange({ region, accountId, template, event: 'approvalRuleTemplateCreated', repositories: [], callerUserArn });
 */
export const approvalRuleTemplateChange = ({
  region,
  accountId,
  template,
  event,
  repositories,
  callerUserArn,
  time = new Date(),
}: {
  region: string;
  accountId: string;
  template: TemplateRecord;
  event: TemplateEventName;
  repositories: RepositoryRecord[];
  callerUserArn: string;
  time?: Date;
}): CodeCommitEvent =>
  codeCommitEvent({
    detailType: 'CodeCommit Approval Rule Template Change',
    region,
    accountId,
    resources: repositories.map((repository) => repository.arn),
    time,
    detail: {
      approvalRuleTemplateContentSha256: template.ruleContentSha256,
      approvalRuleTemplateId: template.approvalRuleTemplateId,
      approvalRuleTemplateName: template.approvalRuleTemplateName,
      callerUserArn,
      creationDate: javaDate(template.creationDate),
      event,
      lastModifiedDate: javaDate(template.lastModifiedDate),
      notificationBody: `A approval rule template event occurred in the following AWS CodeCommit account: ${accountId}. User: ${callerUserArn}. Additional information: ${said(event, template, repositories)} For more information, go to the AWS CodeCommit console.`,
      repositories: Object.fromEntries(
        repositories.map((repository) => [repository.repositoryName, repository.repositoryId]),
      ),
    },
  });
