import {
  createRepositorySchema,
  repositoryParamsSchema,
  tagRepositorySchema,
  untagRepositorySchema,
  updateRepositorySchema,
} from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  createRepository,
  deleteRepository,
  getRepository,
  listRepositories,
  listRepositoryTags,
  tagRepository,
  untagRepository,
  updateRepository,
} from '../../gateway/repositories.ts';
import { validate } from '../../middleware/validate.ts';
import { commitIdPrefixQuerySchema, resolveCommitIdPrefix } from './resolve-commit-id.ts';

/** Repositories: list, create, read, change, delete, their tags, and commit ids by prefix. */
export const repositoryRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ repositories: await listRepositories(c.var.codeCommit) }))
  .post('/', validate('json', createRepositorySchema), async (c) => {
    const repository = await createRepository(c.var.codeCommit, c.req.valid('json'));
    return c.json({ repository }, 201);
  })
  .get('/:repositoryName', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    // Every repository page asks this first: learning which reads IAM allows, beside it, lets
    // the view that follows use what others have read already. The answer does not wait for it.
    void c.var.codeCommit.checkReads(repositoryName);
    return c.json({ repository: await getRepository(c.var.codeCommit, repositoryName) });
  })
  .patch(
    '/:repositoryName',
    validate('param', repositoryParamsSchema),
    validate('json', updateRepositorySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      return c.json({
        repository: await updateRepository(c.var.codeCommit, repositoryName, c.req.valid('json')),
      });
    },
  )
  .delete('/:repositoryName', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    return c.json(await deleteRepository(c.var.codeCommit, repositoryName));
  })
  .get('/:repositoryName/tags', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    return c.json({ tags: await listRepositoryTags(c.var.codeCommit, repositoryName) });
  })
  .post(
    '/:repositoryName/tags',
    validate('param', repositoryParamsSchema),
    validate('json', tagRepositorySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      await tagRepository(c.var.codeCommit, repositoryName, c.req.valid('json').tags);
      return c.json({ tags: await listRepositoryTags(c.var.codeCommit, repositoryName) });
    },
  )
  .post(
    '/:repositoryName/tags/remove',
    validate('param', repositoryParamsSchema),
    validate('json', untagRepositorySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      await untagRepository(c.var.codeCommit, repositoryName, c.req.valid('json').tagKeys);
      return c.json({ tags: await listRepositoryTags(c.var.codeCommit, repositoryName) });
    },
  )
  .get(
    '/:repositoryName/commit-id',
    validate('param', repositoryParamsSchema),
    validate('query', commitIdPrefixQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { prefix } = c.req.valid('query');
      return c.json({
        commitId: await resolveCommitIdPrefix(c.var.codeCommit, repositoryName, prefix),
      });
    },
  );
