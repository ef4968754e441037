import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { deleteBranch } from '../../gateway/branches.ts';
import { GatewayError } from '../../gateway/errors.ts';
import { describeMergeConflicts, mergePullRequest } from '../../gateway/merges.ts';
import { validate } from '../../middleware/validate.ts';
import { branchName, loadPullRequest, toPullRequestView } from './load.ts';
import { getMergeability } from './mergeability.ts';
import {
  conflictQuerySchema,
  mergePreviewQuerySchema,
  mergeSchema,
  pullRequestParamsSchema,
} from './schemas.ts';

/** Whether two branches or a pull request merge cleanly, each conflict, and the merge itself. */
export const mergeRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/merge-preview',
    validate('param', repositoryParamsSchema),
    validate('query', mergePreviewQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { sourceReference, destinationReference } = c.req.valid('query');
      return c.json(
        await getMergeability(c.var.codeCommit, {
          repositoryName,
          sourceCommitSpecifier: sourceReference,
          destinationCommitSpecifier: destinationReference,
        }),
      );
    },
  )
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/mergeability',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { target } = await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      return c.json(
        await getMergeability(c.var.codeCommit, {
          repositoryName,
          sourceCommitSpecifier: target.sourceCommit,
          destinationCommitSpecifier: target.destinationCommit,
        }),
      );
    },
  )
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/conflicts',
    validate('param', pullRequestParamsSchema),
    validate('query', conflictQuerySchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { mergeOption, filePath } = c.req.valid('query');
      const { target } = await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      const conflict = await describeMergeConflicts(c.var.codeCommit, {
        repositoryName,
        sourceCommitId: target.sourceCommit,
        destinationCommitId: target.destinationCommit,
        mergeOption,
        filePath,
      });
      return c.json(conflict);
    },
  )
  .post(
    '/:repositoryName/pull-requests/:pullRequestId/merge',
    validate('param', pullRequestParamsSchema),
    validate('json', mergeSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { deleteSourceBranch, conflictResolution, ...merge } = c.req.valid('json');
      const codeCommit = c.var.codeCommit;
      const { target } = await loadPullRequest(codeCommit, repositoryName, pullRequestId);
      const pullRequest = await mergePullRequest(codeCommit, {
        pullRequestId,
        repositoryName,
        ...merge,
        ...(conflictResolution
          ? {
              conflictResolution: {
                replaceContents: conflictResolution.replaceContents.map(
                  ({ content, ...entry }) => ({
                    ...entry,
                    ...(content === undefined
                      ? {}
                      : { content: new TextEncoder().encode(content) }),
                  }),
                ),
                deleteFiles: conflictResolution.deleteFiles,
              },
            }
          : {}),
      });
      let sourceBranch: { deleted: boolean; branchName: string; error?: string } | null = null;
      if (deleteSourceBranch) {
        const name = branchName(target.sourceReference);
        try {
          await deleteBranch(codeCommit, repositoryName, name);
          sourceBranch = { deleted: true, branchName: name };
        } catch (error) {
          if (!(error instanceof GatewayError)) throw error;
          // The merge stands; say why the branch stayed.
          sourceBranch = { deleted: false, branchName: name, error: error.message };
        }
      }
      return c.json({
        pullRequest: toPullRequestView(pullRequest, codeCommit.callerArn),
        sourceBranch,
      });
    },
  );
