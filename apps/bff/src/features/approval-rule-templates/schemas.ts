import { repositoryNameSchema } from '@cc/shared/repositories';
import { z } from 'zod';
import {
  approvalRuleFieldsSchema,
  destinationReferencesSchema,
} from '../pull-requests/rule-content.ts';

export const approvalRuleTemplateNameSchema = z
  .string()
  .trim()
  .min(1, 'approvalRuleTemplateName is required')
  .max(100, 'approvalRuleTemplateName is at most 100 characters');

export const templateParamsSchema = z.object({
  approvalRuleTemplateName: approvalRuleTemplateNameSchema,
});

const descriptionSchema = z
  .string()
  .max(1000, 'approvalRuleTemplateDescription is at most 1,000 characters');

export const createTemplateSchema = approvalRuleFieldsSchema.extend({
  approvalRuleTemplateName: approvalRuleTemplateNameSchema,
  approvalRuleTemplateDescription: descriptionSchema.optional(),
  /** Branches the rule applies to, as refs/heads/<name>; all branches when empty. */
  destinationReferences: destinationReferencesSchema.optional(),
});

/** Each part present is changed; the rule's fields go together, since they make one document. */
export const updateTemplateSchema = z
  .object({
    newName: approvalRuleTemplateNameSchema.optional(),
    approvalRuleTemplateDescription: descriptionSchema.optional(),
    rule: approvalRuleFieldsSchema
      .extend({ destinationReferences: destinationReferencesSchema.optional() })
      .optional(),
    /** The content hash the editor loaded: CodeCommit refuses if someone changed it since. */
    existingRuleContentSha256: z.string().max(64).optional(),
  })
  .refine((input) => input.newName ?? input.approvalRuleTemplateDescription ?? input.rule, {
    message: 'give at least one of newName, approvalRuleTemplateDescription, rule',
  });

export const associationsSchema = z
  .object({
    associate: z.array(repositoryNameSchema).max(100).default([]),
    disassociate: z.array(repositoryNameSchema).max(100).default([]),
  })
  .refine((input) => input.associate.length + input.disassociate.length > 0, {
    message: 'name at least one repository to associate or disassociate',
  });
