import { AssociateApprovalRuleTemplateWithRepositoryCommand } from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import { templateContent, type World } from '../world.ts';

/** A template associated with the conformance repository; returns its name. */
const associatedTemplate = async (world: World, prefix: string): Promise<string> => {
  const approvalRuleTemplateName = await world.template(prefix);
  await world.client().send(
    new AssociateApprovalRuleTemplateWithRepositoryCommand({
      approvalRuleTemplateName,
      repositoryName: world.repositoryName,
    }),
  );
  return approvalRuleTemplateName;
};

export const approvalRuleTemplateScenarios: Scenarios = {
  CreateApprovalRuleTemplate: {
    valid: async (world) => ({
      approvalRuleTemplateName: world.unique('template'),
      approvalRuleTemplateContent: templateContent,
      approvalRuleTemplateDescription: 'Made by the conformance test.',
    }),
  },
  GetApprovalRuleTemplate: {
    valid: async (world) => ({ approvalRuleTemplateName: await world.template('read') }),
  },
  ListApprovalRuleTemplates: {
    valid: async (world) => {
      await world.template('listed');
      return { maxResults: 10 };
    },
    invalid: { maxResults: -1 },
  },
  DeleteApprovalRuleTemplate: {
    valid: async (world) => ({ approvalRuleTemplateName: await world.template('deleted') }),
  },
  UpdateApprovalRuleTemplateName: {
    valid: async (world) => ({
      oldApprovalRuleTemplateName: await world.template('renamed-from'),
      newApprovalRuleTemplateName: world.unique('renamed-to'),
    }),
  },
  UpdateApprovalRuleTemplateDescription: {
    valid: async (world) => ({
      approvalRuleTemplateName: await world.template('described'),
      approvalRuleTemplateDescription: 'A new description.',
    }),
  },
  UpdateApprovalRuleTemplateContent: {
    valid: async (world) => ({
      approvalRuleTemplateName: await world.template('rewritten'),
      newRuleContent: templateContent.replace(
        '"NumberOfApprovalsNeeded":1',
        '"NumberOfApprovalsNeeded":2',
      ),
    }),
  },
  AssociateApprovalRuleTemplateWithRepository: {
    valid: async (world) => ({
      approvalRuleTemplateName: await world.template('associated'),
      repositoryName: world.repositoryName,
    }),
  },
  DisassociateApprovalRuleTemplateFromRepository: {
    valid: async (world) => ({
      approvalRuleTemplateName: await associatedTemplate(world, 'disassociated'),
      repositoryName: world.repositoryName,
    }),
  },
  BatchAssociateApprovalRuleTemplateWithRepositories: {
    valid: async (world) => ({
      approvalRuleTemplateName: await world.template('batch-associated'),
      repositoryNames: [world.repositoryName, 'no-such-repository'],
    }),
  },
  BatchDisassociateApprovalRuleTemplateFromRepositories: {
    valid: async (world) => ({
      approvalRuleTemplateName: await associatedTemplate(world, 'batch-disassociated'),
      repositoryNames: [world.repositoryName, 'no-such-repository'],
    }),
  },
  ListRepositoriesForApprovalRuleTemplate: {
    valid: async (world) => ({
      approvalRuleTemplateName: await associatedTemplate(world, 'with-repositories'),
      maxResults: 10,
    }),
  },
  ListAssociatedApprovalRuleTemplatesForRepository: {
    valid: async (world) => {
      await associatedTemplate(world, 'for-repository');
      return { repositoryName: world.repositoryName, maxResults: 10 };
    },
  },
};
