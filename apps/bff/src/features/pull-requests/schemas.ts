import { commitIdSchema, filePathSchema } from '@cc/shared/code';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { z } from 'zod';
import { approvalRuleFieldsSchema } from './rule-content.ts';

export const pullRequestIdSchema = z
  .string()
  .regex(/^\d{1,20}$/, 'pullRequestId is the number CodeCommit gave the pull request');

export const pullRequestParamsSchema = repositoryParamsSchema.extend({
  pullRequestId: pullRequestIdSchema,
});

export const commentParamsSchema = repositoryParamsSchema.extend({
  commentId: z
    .string()
    .min(1, 'commentId is required')
    .max(128, 'commentId is too long')
    .regex(/^[\w-]+$/, 'commentId is the id CodeCommit gave the comment'),
});

const referenceSchema = z
  .string()
  .min(1, 'a branch is required')
  .max(256, 'a branch name is at most 256 characters');

export const listPullRequestsQuerySchema = z.object({
  pullRequestStatus: z.enum(['OPEN', 'CLOSED', 'ALL']).default('OPEN'),
  /** Only the signed-in user's own pull requests. */
  mine: z.enum(['true', 'false']).optional(),
  /** Pull requests on one page. */
  maxResults: z.coerce
    .number()
    .int('maxResults must be a whole number')
    .min(1, 'maxResults is at least 1')
    .max(100, 'maxResults is at most 100')
    .default(25),
  /** The `nextToken` of the previous page. */
  nextToken: z.string().min(1).max(2048, 'nextToken is too long').optional(),
});

const titleSchema = z
  .string()
  .trim()
  .min(1, 'title is required')
  .max(150, 'title is at most 150 characters');
const descriptionSchema = z.string().max(10_240, 'description is at most 10,240 characters');

export const createPullRequestSchema = z.object({
  title: titleSchema,
  description: descriptionSchema.optional(),
  sourceReference: referenceSchema,
  destinationReference: referenceSchema,
  /** Makes a retried request create one pull request, not two. */
  clientRequestToken: z.string().min(1).max(256).optional(),
});

export const updatePullRequestSchema = z
  .object({
    title: titleSchema.optional(),
    description: descriptionSchema.optional(),
    pullRequestStatus: z.enum(['OPEN', 'CLOSED']).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: 'give at least one of title, description, pullRequestStatus',
  });

export const mergePreviewQuerySchema = z.object({
  sourceReference: referenceSchema,
  destinationReference: referenceSchema,
});

const contentSchema = z
  .string()
  .refine((content) => content.trim().length > 0, 'content is required')
  .refine((content) => content.length <= 10_240, 'content is at most 10,240 characters');

export const postCommentSchema = z.object({
  content: contentSchema,
  beforeCommitId: commitIdSchema,
  afterCommitId: commitIdSchema,
  /** Absent: a comment on the whole pull request. Without filePosition: a comment on the file. */
  location: z
    .object({
      filePath: filePathSchema,
      filePosition: z.number().int().min(1, 'filePosition is a line number from 1').optional(),
      relativeFileVersion: z.enum(['BEFORE', 'AFTER']).default('AFTER'),
    })
    .optional(),
  clientRequestToken: z.string().min(1).max(256).optional(),
});

export const replySchema = z.object({
  content: contentSchema,
  clientRequestToken: z.string().min(1).max(256).optional(),
});

export const updateCommentSchema = z.object({ content: contentSchema });

export const reactionSchema = z.object({
  /** An emoji, a short code such as :thumbsup:, or "none" to take the reaction back. */
  reactionValue: z.string().max(64, 'reactionValue is too long'),
});

const revisionIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'revisionId is the revision CodeCommit gave the pull request');

export const approvalStateSchema = z.object({
  revisionId: revisionIdSchema,
  approvalState: z.enum(['APPROVE', 'REVOKE']),
});

export const overrideSchema = z
  .object({
    revisionId: revisionIdSchema,
    overrideStatus: z.enum(['OVERRIDE', 'REVOKE']),
    /** Why the rules are set aside; kept as a comment on the pull request. */
    reason: z.string().trim().max(2000, 'reason is at most 2,000 characters').optional(),
  })
  .refine((input) => input.overrideStatus === 'REVOKE' || (input.reason ?? '').length > 0, {
    message: 'reason: say why the approval rules are overridden',
    path: ['reason'],
  });

const approvalRuleNameSchema = z
  .string()
  .trim()
  .min(1, 'approvalRuleName is required')
  .max(100, 'approvalRuleName is at most 100 characters');

export const approvalRuleParamsSchema = pullRequestParamsSchema.extend({
  approvalRuleName: approvalRuleNameSchema,
});

export const createApprovalRuleSchema = approvalRuleFieldsSchema.extend({
  approvalRuleName: approvalRuleNameSchema,
});

export const updateApprovalRuleSchema = approvalRuleFieldsSchema.extend({
  /** The rule's content hash as the editor loaded it: refused if someone changed it since. */
  existingRuleContentSha256: z.string().max(64).optional(),
});

export const mergeOptionSchema = z.enum(['FAST_FORWARD_MERGE', 'SQUASH_MERGE', 'THREE_WAY_MERGE']);

export const conflictQuerySchema = z.object({
  mergeOption: mergeOptionSchema.default('THREE_WAY_MERGE'),
  filePath: filePathSchema,
});

export const mergeSchema = z
  .object({
    mergeOption: mergeOptionSchema,
    /** The source tip the reviewer saw: the merge is refused if it moved since. */
    sourceCommitId: commitIdSchema,
    commitMessage: z.string().max(100_000).optional(),
    authorName: z.string().max(1024).optional(),
    email: z.string().max(1024).optional(),
    deleteSourceBranch: z.boolean().optional(),
    conflictResolution: z
      .object({
        replaceContents: z
          .array(
            z.object({
              filePath: filePathSchema,
              replacementType: z.enum([
                'KEEP_BASE',
                'KEEP_SOURCE',
                'KEEP_DESTINATION',
                'USE_NEW_CONTENT',
              ]),
              /** The merged text, for USE_NEW_CONTENT. */
              content: z
                .string()
                .max(6 * 1024 * 1024)
                .optional(),
            }),
          )
          .max(1000),
        deleteFiles: z
          .array(z.object({ filePath: filePathSchema }))
          .max(1000)
          .optional(),
      })
      .optional(),
  })
  .refine(
    (input) =>
      (input.conflictResolution?.replaceContents ?? []).every(
        (entry) => entry.replacementType !== 'USE_NEW_CONTENT' || entry.content !== undefined,
      ),
    { message: 'conflictResolution: USE_NEW_CONTENT needs the merged content' },
  )
  .refine((input) => input.mergeOption !== 'FAST_FORWARD_MERGE' || !input.conflictResolution, {
    message: 'a fast-forward merge cannot resolve conflicts: choose squash or three-way',
  });

/** The commits a pull request would bring, before it exists: the tips and merge base from the merge preview. */
export const previewCommitsQuerySchema = z.object({
  sourceCommitId: commitIdSchema,
  destinationCommitId: commitIdSchema,
  baseCommitId: commitIdSchema.optional(),
});
