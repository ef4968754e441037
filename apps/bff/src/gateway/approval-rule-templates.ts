import {
  BatchAssociateApprovalRuleTemplateWithRepositoriesCommand,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand,
  CreateApprovalRuleTemplateCommand,
  DeleteApprovalRuleTemplateCommand,
  GetApprovalRuleTemplateCommand,
  ListApprovalRuleTemplatesCommand,
  ListAssociatedApprovalRuleTemplatesForRepositoryCommand,
  ListRepositoriesForApprovalRuleTemplateCommand,
  UpdateApprovalRuleTemplateContentCommand,
  UpdateApprovalRuleTemplateDescriptionCommand,
  UpdateApprovalRuleTemplateNameCommand,
  type ApprovalRuleTemplate,
} from '@aws-sdk/client-codecommit';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';
import { isAllowed } from './pull-requests.ts';

export type { ApprovalRuleTemplate };

function requiredTemplate(template: ApprovalRuleTemplate | undefined): ApprovalRuleTemplate {
  if (!template)
    throw new GatewayError(502, 'CodeCommit answered without an approval rule template');
  return template;
}

/** Follows nextToken until the last page, gathering what each page holds. */
async function allPages<T>(
  load: (nextToken: string | undefined) => Promise<{ items: T[] | undefined; nextToken?: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await load(nextToken);
    items.push(...(page.items ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

export async function getApprovalRuleTemplate(
  codeCommit: CodeCommit,
  approvalRuleTemplateName: string,
): Promise<ApprovalRuleTemplate> {
  const output = await codeCommit.call((client) =>
    client.send(new GetApprovalRuleTemplateCommand({ approvalRuleTemplateName })),
  );
  return requiredTemplate(output.approvalRuleTemplate);
}

/** Every template with its content: ListApprovalRuleTemplates, then GetApprovalRuleTemplate in parallel. */
export async function listApprovalRuleTemplates(
  codeCommit: CodeCommit,
): Promise<ApprovalRuleTemplate[]> {
  const names = await allPages(async (nextToken) => {
    const page = await codeCommit.call((client) =>
      client.send(new ListApprovalRuleTemplatesCommand({ maxResults: 100, nextToken })),
    );
    return { items: page.approvalRuleTemplateNames, nextToken: page.nextToken };
  });
  names.sort((a, b) => a.localeCompare(b));
  return Promise.all(names.map((name) => getApprovalRuleTemplate(codeCommit, name)));
}

/** The repositories a template is associated with. */
export async function listRepositoriesForApprovalRuleTemplate(
  codeCommit: CodeCommit,
  approvalRuleTemplateName: string,
): Promise<string[]> {
  const names = await allPages(async (nextToken) => {
    const page = await codeCommit.call((client) =>
      client.send(
        new ListRepositoriesForApprovalRuleTemplateCommand({
          approvalRuleTemplateName,
          maxResults: 100,
          nextToken,
        }),
      ),
    );
    return { items: page.repositoryNames, nextToken: page.nextToken };
  });
  return names.sort((a, b) => a.localeCompare(b));
}

/** The templates associated with a repository. */
export async function listAssociatedApprovalRuleTemplatesForRepository(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<string[]> {
  const names = await allPages(async (nextToken) => {
    const page = await codeCommit.call((client) =>
      client.send(
        new ListAssociatedApprovalRuleTemplatesForRepositoryCommand({
          repositoryName,
          maxResults: 100,
          nextToken,
        }),
      ),
    );
    return { items: page.approvalRuleTemplateNames, nextToken: page.nextToken };
  });
  return names.sort((a, b) => a.localeCompare(b));
}

export async function createApprovalRuleTemplate(
  codeCommit: CodeCommit,
  input: {
    approvalRuleTemplateName: string;
    approvalRuleTemplateContent: string;
    approvalRuleTemplateDescription?: string;
  },
): Promise<ApprovalRuleTemplate> {
  const output = await codeCommit.call((client) =>
    client.send(new CreateApprovalRuleTemplateCommand(input)),
  );
  return requiredTemplate(output.approvalRuleTemplate);
}

export interface ApprovalRuleTemplateChanges {
  newName?: string;
  description?: string;
  content?: string;
  /** The content's hash as the editor last saw it: CodeCommit refuses if someone changed it since. */
  existingRuleContentSha256?: string;
}

/**
 * Applies each given change with its own call (content, description, then the name last, so
 * the earlier calls still find the template by its old name).
 */
export async function updateApprovalRuleTemplate(
  codeCommit: CodeCommit,
  approvalRuleTemplateName: string,
  changes: ApprovalRuleTemplateChanges,
): Promise<ApprovalRuleTemplate> {
  let template: ApprovalRuleTemplate | undefined;
  if (changes.content !== undefined) {
    const { content, existingRuleContentSha256 } = changes;
    const output = await codeCommit.call((client) =>
      client.send(
        new UpdateApprovalRuleTemplateContentCommand({
          approvalRuleTemplateName,
          newRuleContent: content,
          existingRuleContentSha256,
        }),
      ),
    );
    template = output.approvalRuleTemplate;
  }
  if (changes.description !== undefined) {
    const { description } = changes;
    const output = await codeCommit.call((client) =>
      client.send(
        new UpdateApprovalRuleTemplateDescriptionCommand({
          approvalRuleTemplateName,
          approvalRuleTemplateDescription: description,
        }),
      ),
    );
    template = output.approvalRuleTemplate;
  }
  if (changes.newName !== undefined && changes.newName !== approvalRuleTemplateName) {
    const { newName } = changes;
    const output = await codeCommit.call((client) =>
      client.send(
        new UpdateApprovalRuleTemplateNameCommand({
          oldApprovalRuleTemplateName: approvalRuleTemplateName,
          newApprovalRuleTemplateName: newName,
        }),
      ),
    );
    template = output.approvalRuleTemplate;
  }
  return template ?? getApprovalRuleTemplate(codeCommit, approvalRuleTemplateName);
}

export async function deleteApprovalRuleTemplate(
  codeCommit: CodeCommit,
  approvalRuleTemplateName: string,
): Promise<void> {
  await codeCommit.call((client) =>
    client.send(new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName })),
  );
}

export interface AssociationError {
  repositoryName?: string;
  errorCode?: string;
  errorMessage?: string;
}

/** Associates and disassociates repositories in batches; per-repository refusals are returned, not thrown. */
export async function changeApprovalRuleTemplateRepositories(
  codeCommit: CodeCommit,
  approvalRuleTemplateName: string,
  changes: { associate: string[]; disassociate: string[] },
): Promise<{ errors: AssociationError[] }> {
  const errors: AssociationError[] = [];
  if (changes.associate.length > 0) {
    const output = await codeCommit.call((client) =>
      client.send(
        new BatchAssociateApprovalRuleTemplateWithRepositoriesCommand({
          approvalRuleTemplateName,
          repositoryNames: changes.associate,
        }),
      ),
    );
    errors.push(...(output.errors ?? []));
  }
  if (changes.disassociate.length > 0) {
    const output = await codeCommit.call((client) =>
      client.send(
        new BatchDisassociateApprovalRuleTemplateFromRepositoriesCommand({
          approvalRuleTemplateName,
          repositoryNames: changes.disassociate,
        }),
      ),
    );
    errors.push(...(output.errors ?? []));
  }
  return { errors };
}

export interface ApprovalRuleTemplatePermissions {
  /** Create, edit and associate: what AWSCodeCommitPowerUser allows. */
  write: boolean;
  delete: boolean;
}

/**
 * Whether the caller may change and delete templates, asked about a template that does not
 * exist (`probeName`, unique), so nothing changes: IAM answers before CodeCommit looks.
 */
export async function probeApprovalRuleTemplatePermissions(
  codeCommit: CodeCommit,
  probeName: string,
): Promise<ApprovalRuleTemplatePermissions> {
  const [write, remove] = await Promise.all([
    isAllowed(codeCommit, (client) =>
      client.send(
        new UpdateApprovalRuleTemplateDescriptionCommand({
          approvalRuleTemplateName: probeName,
          approvalRuleTemplateDescription: '',
        }),
      ),
    ),
    isAllowed(codeCommit, (client) =>
      client.send(new DeleteApprovalRuleTemplateCommand({ approvalRuleTemplateName: probeName })),
    ),
  ]);
  return { write, delete: remove };
}
