import { randomUUID } from 'node:crypto';
import type {
  AssociateApprovalRuleTemplateWithRepositoryInput,
  BatchAssociateApprovalRuleTemplateWithRepositoriesError,
  BatchAssociateApprovalRuleTemplateWithRepositoriesInput,
  BatchAssociateApprovalRuleTemplateWithRepositoriesOutput,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesInput,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesOutput,
  CreateApprovalRuleTemplateInput,
  CreateApprovalRuleTemplateOutput,
  DeleteApprovalRuleTemplateInput,
  DeleteApprovalRuleTemplateOutput,
  DisassociateApprovalRuleTemplateFromRepositoryInput,
  GetApprovalRuleTemplateInput,
  GetApprovalRuleTemplateOutput,
  ListApprovalRuleTemplatesInput,
  ListApprovalRuleTemplatesOutput,
  ListAssociatedApprovalRuleTemplatesForRepositoryInput,
  ListAssociatedApprovalRuleTemplatesForRepositoryOutput,
  ListRepositoriesForApprovalRuleTemplateInput,
  ListRepositoriesForApprovalRuleTemplateOutput,
  UpdateApprovalRuleTemplateContentInput,
  UpdateApprovalRuleTemplateContentOutput,
  UpdateApprovalRuleTemplateDescriptionInput,
  UpdateApprovalRuleTemplateDescriptionOutput,
  UpdateApprovalRuleTemplateNameInput,
  UpdateApprovalRuleTemplateNameOutput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationContext, OperationTable, RepositoryRecord } from './types.ts';
import { CodeCommitError, fail } from '../protocol/errors.ts';
import { parseRuleContent, ruleContentSha256 } from '../approvals/rule-content.ts';
import {
  associateTemplate,
  countTemplates,
  deleteTemplate,
  disassociateTemplate,
  findTemplate,
  insertTemplate,
  listRepositoryTemplates,
  listTemplateNames,
  listTemplateRepositoryIds,
  saveTemplate,
  type TemplateRecord,
} from '../approvals/template-store.ts';
import { pageOfResults } from '../pull-requests/page.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';
import { publishTemplateEvent } from '../eventbridge/register.ts';

/** CodeCommit's limits: templates per region, templates per repository, repositories per batch call. */
const MAX_TEMPLATES = 1000;
const MAX_TEMPLATES_PER_REPOSITORY = 25;
const MAX_BATCH_REPOSITORIES = 25;

const requireTemplate = (
  ctx: Pick<OperationContext, 'db' | 'region'>,
  approvalRuleTemplateName: string | undefined,
): TemplateRecord => {
  const template = findTemplate(ctx.db, ctx.region, approvalRuleTemplateName ?? '');
  if (!template)
    return fail(
      'ApprovalRuleTemplateDoesNotExistException',
      `There is no approval rule template named ${approvalRuleTemplateName ?? ''}.`,
    );
  return template;
};

const checkTemplateContent = (content: string): string => {
  parseRuleContent({
    content,
    exception: 'InvalidApprovalRuleTemplateContentException',
    allowDestinationReferences: true,
  });
  return content;
};

const changed = (
  ctx: OperationContext,
  template: TemplateRecord,
  changes: Partial<TemplateRecord>,
) => {
  const approvalRuleTemplate = saveTemplate(ctx.db, {
    ...template,
    ...changes,
    lastModifiedDate: new Date(),
    lastModifiedUser: ctx.caller.arn,
  });
  publishTemplateEvent(ctx, {
    template: approvalRuleTemplate,
    event: 'approvalRuleTemplateUpdated',
    repositories: [],
  });
  return { approvalRuleTemplate };
};

const CreateApprovalRuleTemplate: Handler<
  CreateApprovalRuleTemplateInput,
  CreateApprovalRuleTemplateOutput
> = (input, ctx) => {
  const name = input.approvalRuleTemplateName ?? '';
  const content = checkTemplateContent(input.approvalRuleTemplateContent ?? '');
  if (findTemplate(ctx.db, ctx.region, name))
    fail(
      'ApprovalRuleTemplateNameAlreadyExistsException',
      `An approval rule template named ${name} already exists.`,
    );
  if (countTemplates(ctx.db, ctx.region) >= MAX_TEMPLATES)
    fail(
      'NumberOfRuleTemplatesExceededException',
      `There can be at most ${MAX_TEMPLATES} approval rule templates in ${ctx.region}.`,
    );
  const now = new Date();
  const approvalRuleTemplate: TemplateRecord = {
    approvalRuleTemplateId: randomUUID(),
    approvalRuleTemplateName: name,
    approvalRuleTemplateDescription: input.approvalRuleTemplateDescription ?? '',
    approvalRuleTemplateContent: content,
    ruleContentSha256: ruleContentSha256(content),
    creationDate: now,
    lastModifiedDate: now,
    lastModifiedUser: ctx.caller.arn,
  };
  insertTemplate(ctx.db, ctx.region, approvalRuleTemplate);
  publishTemplateEvent(ctx, {
    template: approvalRuleTemplate,
    event: 'approvalRuleTemplateCreated',
    repositories: [],
  });
  return { approvalRuleTemplate };
};

const GetApprovalRuleTemplate: Handler<
  GetApprovalRuleTemplateInput,
  GetApprovalRuleTemplateOutput
> = (input, ctx) => ({
  approvalRuleTemplate: requireTemplate(ctx, input.approvalRuleTemplateName),
});

const ListApprovalRuleTemplates: Handler<
  ListApprovalRuleTemplatesInput,
  ListApprovalRuleTemplatesOutput
> = (input, ctx) => {
  const page = pageOfResults(listTemplateNames(ctx.db, ctx.region), {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: 'approval-rule-templates',
  });
  return { approvalRuleTemplateNames: page.items, nextToken: page.nextToken };
};

/** Deleting a template that is not there answers an empty id, as CodeCommit does. */
const DeleteApprovalRuleTemplate: Handler<
  DeleteApprovalRuleTemplateInput,
  DeleteApprovalRuleTemplateOutput
> = (input, ctx) => {
  const template = findTemplate(ctx.db, ctx.region, input.approvalRuleTemplateName ?? '');
  if (!template) return { approvalRuleTemplateId: '' };
  if (listTemplateRepositoryIds(ctx.db, template.approvalRuleTemplateId).length > 0) {
    fail(
      'ApprovalRuleTemplateInUseException',
      `${template.approvalRuleTemplateName} is associated with repositories; disassociate them first.`,
    );
  }
  deleteTemplate(ctx.db, template.approvalRuleTemplateId);
  publishTemplateEvent(ctx, { template, event: 'approvalRuleTemplateDeleted', repositories: [] });
  return { approvalRuleTemplateId: template.approvalRuleTemplateId };
};

const UpdateApprovalRuleTemplateName: Handler<
  UpdateApprovalRuleTemplateNameInput,
  UpdateApprovalRuleTemplateNameOutput
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.oldApprovalRuleTemplateName);
  const name = input.newApprovalRuleTemplateName ?? '';
  if (name !== template.approvalRuleTemplateName && findTemplate(ctx.db, ctx.region, name)) {
    fail(
      'ApprovalRuleTemplateNameAlreadyExistsException',
      `An approval rule template named ${name} already exists.`,
    );
  }
  return changed(ctx, template, { approvalRuleTemplateName: name });
};

const UpdateApprovalRuleTemplateDescription: Handler<
  UpdateApprovalRuleTemplateDescriptionInput,
  UpdateApprovalRuleTemplateDescriptionOutput
> = (input, ctx) =>
  changed(ctx, requireTemplate(ctx, input.approvalRuleTemplateName), {
    approvalRuleTemplateDescription: input.approvalRuleTemplateDescription ?? '',
  });

const UpdateApprovalRuleTemplateContent: Handler<
  UpdateApprovalRuleTemplateContentInput,
  UpdateApprovalRuleTemplateContentOutput
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  if (
    input.existingRuleContentSha256 !== undefined &&
    input.existingRuleContentSha256 !== template.ruleContentSha256
  ) {
    fail(
      'InvalidRuleContentSha256Exception',
      'The template changed since you read it: existingRuleContentSha256 does not match its content.',
    );
  }
  const content = checkTemplateContent(input.newRuleContent ?? '');
  return changed(ctx, template, {
    approvalRuleTemplateContent: content,
    ruleContentSha256: ruleContentSha256(content),
  });
};

const associate = (
  ctx: OperationContext,
  template: TemplateRecord,
  repository: RepositoryRecord,
): void => {
  const associated = listRepositoryTemplates(ctx.db, repository.repositoryId);
  if (associated.some((other) => other.approvalRuleTemplateId === template.approvalRuleTemplateId))
    return;
  if (associated.length >= MAX_TEMPLATES_PER_REPOSITORY) {
    fail(
      'MaximumRuleTemplatesAssociatedWithRepositoryException',
      `${repository.repositoryName} already has ${MAX_TEMPLATES_PER_REPOSITORY} approval rule templates.`,
    );
  }
  associateTemplate(ctx.db, template.approvalRuleTemplateId, repository.repositoryId);
};

const AssociateApprovalRuleTemplateWithRepository: Handler<
  AssociateApprovalRuleTemplateWithRepositoryInput,
  Record<string, never>
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  associate(ctx, template, repository);
  publishTemplateEvent(ctx, {
    template,
    event: 'approvalRuleTemplateAssociatedWithRepository',
    repositories: [repository],
  });
  return {};
};

const DisassociateApprovalRuleTemplateFromRepository: Handler<
  DisassociateApprovalRuleTemplateFromRepositoryInput,
  Record<string, never>
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  disassociateTemplate(ctx.db, template.approvalRuleTemplateId, repository.repositoryId);
  publishTemplateEvent(ctx, {
    template,
    event: 'approvalRuleTemplateDisassociatedFromRepository',
    repositories: [repository],
  });
  return {};
};

/** Applies a change to each named repository, collecting what failed per repository instead of failing the call. */
const forEachRepository = (
  ctx: OperationContext,
  repositoryNames: string[] | undefined,
  change: (repository: RepositoryRecord) => void,
): { done: string[]; errors: BatchAssociateApprovalRuleTemplateWithRepositoriesError[] } => {
  if (!repositoryNames || repositoryNames.length === 0)
    return failInAwsWords('RepositoryNamesRequiredException');
  if (repositoryNames.length > MAX_BATCH_REPOSITORIES)
    fail(
      'MaximumRepositoryNamesExceededException',
      `At most ${MAX_BATCH_REPOSITORIES} repositories per call.`,
    );
  const done: string[] = [];
  const errors: BatchAssociateApprovalRuleTemplateWithRepositoriesError[] = [];
  for (const repositoryName of repositoryNames) {
    try {
      change(ctx.repositories.require(repositoryName));
      done.push(repositoryName);
    } catch (error) {
      if (!(error instanceof CodeCommitError)) throw error;
      errors.push({ repositoryName, errorCode: error.code, errorMessage: error.message });
    }
  }
  return { done, errors };
};

/** A batch (dis)association is one event about the repositories it changed, when it changed any. */
const publishBatch = (
  ctx: OperationContext,
  template: TemplateRecord,
  event:
    | 'batchAssociateApprovalRuleTemplateWithRepositories'
    | 'batchDisassociateApprovalRuleTemplateFromRepositories',
  repositoryNames: string[],
): void => {
  if (repositoryNames.length === 0) return;
  publishTemplateEvent(ctx, {
    template,
    event,
    repositories: repositoryNames.map((name) => ctx.repositories.require(name)),
  });
};

const BatchAssociateApprovalRuleTemplateWithRepositories: Handler<
  BatchAssociateApprovalRuleTemplateWithRepositoriesInput,
  BatchAssociateApprovalRuleTemplateWithRepositoriesOutput
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  const { done, errors } = forEachRepository(ctx, input.repositoryNames, (repository) =>
    associate(ctx, template, repository),
  );
  publishBatch(ctx, template, 'batchAssociateApprovalRuleTemplateWithRepositories', done);
  return { associatedRepositoryNames: done, errors };
};

const BatchDisassociateApprovalRuleTemplateFromRepositories: Handler<
  BatchDisassociateApprovalRuleTemplateFromRepositoriesInput,
  BatchDisassociateApprovalRuleTemplateFromRepositoriesOutput
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  const { done, errors } = forEachRepository(ctx, input.repositoryNames, (repository) =>
    disassociateTemplate(ctx.db, template.approvalRuleTemplateId, repository.repositoryId),
  );
  publishBatch(ctx, template, 'batchDisassociateApprovalRuleTemplateFromRepositories', done);
  return { disassociatedRepositoryNames: done, errors };
};

const ListRepositoriesForApprovalRuleTemplate: Handler<
  ListRepositoriesForApprovalRuleTemplateInput,
  ListRepositoriesForApprovalRuleTemplateOutput
> = (input, ctx) => {
  const template = requireTemplate(ctx, input.approvalRuleTemplateName);
  const names = listTemplateRepositoryIds(ctx.db, template.approvalRuleTemplateId)
    .map((repositoryId) => ctx.repositories.findById(repositoryId)?.repositoryName)
    .filter((name): name is string => name !== undefined);
  const page = pageOfResults(names, {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: `template-repositories/${template.approvalRuleTemplateId}`,
  });
  return { repositoryNames: page.items, nextToken: page.nextToken };
};

const ListAssociatedApprovalRuleTemplatesForRepository: Handler<
  ListAssociatedApprovalRuleTemplatesForRepositoryInput,
  ListAssociatedApprovalRuleTemplatesForRepositoryOutput
> = (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const names = listRepositoryTemplates(ctx.db, repository.repositoryId).map(
    (template) => template.approvalRuleTemplateName,
  );
  const page = pageOfResults(names, {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: `repository-templates/${repository.repositoryId}`,
  });
  return { approvalRuleTemplateNames: page.items, nextToken: page.nextToken };
};

export const approvalRuleTemplateOperations: OperationTable = {
  CreateApprovalRuleTemplate,
  GetApprovalRuleTemplate,
  ListApprovalRuleTemplates,
  DeleteApprovalRuleTemplate,
  UpdateApprovalRuleTemplateName,
  UpdateApprovalRuleTemplateDescription,
  UpdateApprovalRuleTemplateContent,
  AssociateApprovalRuleTemplateWithRepository,
  DisassociateApprovalRuleTemplateFromRepository,
  BatchAssociateApprovalRuleTemplateWithRepositories,
  BatchDisassociateApprovalRuleTemplateFromRepositories,
  ListRepositoriesForApprovalRuleTemplate,
  ListAssociatedApprovalRuleTemplatesForRepository,
};
