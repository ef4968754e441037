import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { listBranches } from '../../gateway/branches.ts';
import { validate } from '../../middleware/validate.ts';

/** Branches of a repository with their tips. */
export const branchRoutes = new Hono<AppEnv>().get('/:repositoryName/branches', validate('param', repositoryParamsSchema), async (c) => {
  const { repositoryName } = c.req.valid('param');
  return c.json({ branches: await listBranches(c.var.codeCommit, repositoryName) });
});
