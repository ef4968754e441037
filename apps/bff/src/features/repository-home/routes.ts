import {
  lastCommitsQuerySchema,
  summaryQuerySchema,
  type RepositorySummary,
} from '@cc/shared/repository-home';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { getCommit, resolveCommitId } from '../../gateway/commits.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { listRefs } from '../../gateway/refs.ts';
import { validate } from '../../middleware/validate.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { countCommits } from './commit-count.ts';
import { lastCommits } from './last-commits.ts';

/** What the repository home shows beside the folder: the latest commit, counts, last commits. */
export const repositoryHomeRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/summary',
    validate('param', repositoryParamsSchema),
    validate('query', summaryQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { commitSpecifier } = c.req.valid('query');
      const codeCommit = c.var.codeCommit;
      const [commitId, refs] = await Promise.all([
        resolveCommitId(codeCommit, repositoryName, commitSpecifier),
        listRefs(codeCommit, repositoryName),
      ]);
      const summary: RepositorySummary = {
        commitId,
        latestCommit: await getCommit(codeCommit, repositoryName, commitId),
        branchCount: refs.branches.length,
        tagCount: refs.tags.length,
      };
      return c.json(summary);
    },
  )
  .get(
    '/:repositoryName/commit-count',
    validate('param', repositoryParamsSchema),
    validate('query', summaryQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { commitSpecifier } = c.req.valid('query');
      const commitId = await resolveCommitId(c.var.codeCommit, repositoryName, commitSpecifier);
      const count = await countCommits(c.var.codeCommit, repositoryName, commitId);
      if (count.complete && isCommitId(commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
      return c.json(count);
    },
  )
  .get(
    '/:repositoryName/last-commits',
    validate('param', repositoryParamsSchema),
    validate('query', lastCommitsQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { commitSpecifier, path } = c.req.valid('query');
      const answer = await lastCommits(c.var.codeCommit, {
        repositoryName,
        commitSpecifier,
        paths: path,
      });
      if (isCommitId(commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
      return c.json(answer);
    },
  );
