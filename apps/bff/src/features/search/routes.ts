import { repositoryParamsSchema } from '@cc/shared/repositories';
import { searchQuerySchema } from '@cc/shared/search';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { validate } from '../../middleware/validate.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { searchCode } from './search.ts';

/** `GET /:repositoryName/search?commitSpecifier=&query=&regex=&caseSensitive=&folderPath=` */
export const searchRoutes = new Hono<AppEnv>().get(
  '/:repositoryName/search',
  validate('param', repositoryParamsSchema),
  validate('query', searchQuerySchema),
  async (c) => {
    const { repositoryName } = c.req.valid('param');
    const { regex, caseSensitive, ...query } = c.req.valid('query');
    const result = await searchCode(c.var.codeCommit, {
      repositoryName,
      ...query,
      regex: regex === '1',
      caseSensitive: caseSensitive === '1',
    });
    if (isCommitId(query.commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
    return c.json(result);
  },
);
