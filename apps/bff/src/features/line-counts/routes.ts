import { lineCountsQuerySchema } from '@cc/shared/differences';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { validate } from '../../middleware/validate.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { lineCounts } from './line-counts.ts';

/** +N / −M of each changed file between two commits: named by commit ids, so it never changes. */
export const lineCountsRoutes = new Hono<AppEnv>().get(
  '/:repositoryName/line-counts',
  validate('param', repositoryParamsSchema),
  validate('query', lineCountsQuerySchema),
  async (c) => {
    const { repositoryName } = c.req.valid('param');
    const { answer, failed } = await lineCounts(c.var.codeCommit, {
      repositoryName,
      ...c.req.valid('query'),
    });
    // A count a failed call left out may be had next time: only a whole answer is kept.
    if (failed === 0) c.header('Cache-Control', IMMUTABLE);
    return c.json(answer);
  },
);
