import { commitIdSchema } from '@cc/shared/code';
import { historyQuerySchema } from '@cc/shared/commits';
import {
  blobDifferencesQuerySchema,
  compareQuerySchema,
  differencesQuerySchema,
  type Comparison,
} from '@cc/shared/differences';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { getCommit } from '../../gateway/commits.ts';
import { getBlobDifferences, getDifferences, getMergeBase } from '../../gateway/differences.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { validate } from '../../middleware/validate.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { getHistoryPage } from './history.ts';

const commitParamsSchema = repositoryParamsSchema.extend({ commitId: commitIdSchema });

/** History, single commits, differences between commits and blobs, and comparisons of two refs. */
export const commitRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/commits',
    validate('param', repositoryParamsSchema),
    validate('query', historyQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const query = c.req.valid('query');
      const page = await getHistoryPage(c.var.codeCommit, { repositoryName, ...query });
      // Later pages start from commit ids, and so does a history pinned to one: neither changes.
      if (isCommitId(query.commitSpecifier) || (query.cursor && query.filePath === undefined))
        c.header('Cache-Control', IMMUTABLE);
      return c.json(page);
    },
  )
  .get('/:repositoryName/commits/:commitId', validate('param', commitParamsSchema), async (c) => {
    const { repositoryName, commitId } = c.req.valid('param');
    const commit = await getCommit(c.var.codeCommit, repositoryName, commitId);
    c.header('Cache-Control', IMMUTABLE);
    return c.json({ commit });
  })
  .get(
    '/:repositoryName/differences',
    validate('param', repositoryParamsSchema),
    validate('query', differencesQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const query = c.req.valid('query');
      const differences = await getDifferences(c.var.codeCommit, { repositoryName, ...query });
      const pinned =
        isCommitId(query.afterCommitSpecifier) &&
        (!query.beforeCommitSpecifier || isCommitId(query.beforeCommitSpecifier));
      if (pinned) c.header('Cache-Control', IMMUTABLE);
      return c.json({ differences });
    },
  )
  .get(
    '/:repositoryName/blob-differences',
    validate('param', repositoryParamsSchema),
    validate('query', blobDifferencesQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const blobDifferences = await getBlobDifferences(c.var.codeCommit, {
        repositoryName,
        ...c.req.valid('query'),
      });
      c.header('Cache-Control', IMMUTABLE);
      return c.json(blobDifferences);
    },
  )
  .get(
    '/:repositoryName/compare',
    validate('param', repositoryParamsSchema),
    validate('query', compareQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const query = c.req.valid('query');
      const mergeBase = await getMergeBase(c.var.codeCommit, { repositoryName, ...query });
      const differences = await getDifferences(c.var.codeCommit, {
        repositoryName,
        beforeCommitSpecifier: mergeBase.baseCommitId || undefined,
        afterCommitSpecifier: mergeBase.sourceCommitId,
      });
      const comparison: Comparison = { ...mergeBase, differences };
      if (isCommitId(query.sourceCommitSpecifier) && isCommitId(query.destinationCommitSpecifier))
        c.header('Cache-Control', IMMUTABLE);
      return c.json(comparison);
    },
  );
