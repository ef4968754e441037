import { branchNameSchema } from '@cc/shared/code';
import { aheadBehindQuerySchema, createBranchSchema } from '@cc/shared/branches';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { createBranch, deleteBranch } from '../../gateway/branches.ts';
import { resolveCommitId } from '../../gateway/commits.ts';
import { listRefs } from '../../gateway/refs.ts';
import { validate } from '../../middleware/validate.ts';
import { branchesAheadBehind } from './branches-ahead-behind.ts';

const branchParamsSchema = repositoryParamsSchema.extend({ branchName: branchNameSchema });

/**
 * Branches of a repository with their tips; create from any ref, delete. The default branch is
 * changed with PATCH /repositories/:repositoryName { defaultBranchName }. Branches and tags
 * both come from one request to git's own protocol.
 */
export const branchRoutes = new Hono<AppEnv>()
  .get('/:repositoryName/branches', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    return c.json({ branches: (await listRefs(c.var.codeCommit, repositoryName)).branches });
  })
  .get(
    '/:repositoryName/branches/ahead-behind',
    validate('param', repositoryParamsSchema),
    validate('query', aheadBehindQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { baseBranchName } = c.req.valid('query');
      return c.json(await branchesAheadBehind(c.var.codeCommit, repositoryName, baseBranchName));
    },
  )
  .post(
    '/:repositoryName/branches',
    validate('param', repositoryParamsSchema),
    validate('json', createBranchSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { branchName, commitSpecifier } = c.req.valid('json');
      const commitId = await resolveCommitId(c.var.codeCommit, repositoryName, commitSpecifier);
      return c.json(
        { branch: await createBranch(c.var.codeCommit, { repositoryName, branchName, commitId }) },
        201,
      );
    },
  )
  // Branch names may hold slashes (feature/x), so the name is the rest of the path.
  .delete(
    '/:repositoryName/branches/:branchName{.+}',
    validate('param', branchParamsSchema),
    async (c) => {
      const { repositoryName, branchName } = c.req.valid('param');
      return c.json({ branch: await deleteBranch(c.var.codeCommit, repositoryName, branchName) });
    },
  )
  .get('/:repositoryName/git-tags', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    return c.json({ tags: (await listRefs(c.var.codeCommit, repositoryName)).tags });
  });
