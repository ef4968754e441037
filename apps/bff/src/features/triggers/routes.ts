import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  getRepositoryTriggers,
  listTriggerDeliveries,
  probeTriggerPermissions,
  putRepositoryTriggers,
  testRepositoryTriggers,
} from '../../gateway/triggers.ts';
import { listEventDeliveries } from '../../gateway/event-deliveries.ts';
import { validate } from '../../middleware/validate.ts';
import { probedWithin } from '../permissions/routes.ts';
import { testTriggersSchema, triggersSchema } from './schemas.ts';

/**
 * A repository's triggers: read, replace (CodeCommit keeps them as one list), test, and the
 * trigger deliveries and EventBridge events a local CodeCommit recorded.
 */
export const triggerRoutes = new Hono<AppEnv>()
  .get('/:repositoryName/triggers', validate('param', repositoryParamsSchema), async (c) => {
    const { repositoryName } = c.req.valid('param');
    return c.json(await getRepositoryTriggers(c.var.codeCommit, repositoryName));
  })
  .put(
    '/:repositoryName/triggers',
    validate('param', repositoryParamsSchema),
    validate('json', triggersSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { triggers } = c.req.valid('json');
      return c.json(await putRepositoryTriggers(c.var.codeCommit, repositoryName, triggers));
    },
  )
  .post(
    '/:repositoryName/triggers/test',
    validate('param', repositoryParamsSchema),
    validate('json', testTriggersSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { triggers } = c.req.valid('json');
      return c.json(await testRepositoryTriggers(c.var.codeCommit, repositoryName, triggers));
    },
  )
  .get(
    '/:repositoryName/triggers/permissions',
    validate('param', repositoryParamsSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const permissions = await probedWithin(
        c.var.codeCommit,
        `triggers\u0000${repositoryName}`,
        () => probeTriggerPermissions(c.var.codeCommit, repositoryName),
      );
      return c.json(permissions);
    },
  )
  .get(
    '/:repositoryName/trigger-deliveries',
    validate('param', repositoryParamsSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      // Reading the triggers first makes CodeCommit check that this user may see the repository.
      await getRepositoryTriggers(c.var.codeCommit, repositoryName);
      return c.json(await listTriggerDeliveries(c.var.codeCommit.actor, repositoryName));
    },
  )
  .get(
    '/:repositoryName/event-deliveries',
    validate('param', repositoryParamsSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      // As for trigger deliveries: CodeCommit first checks that this user may see the repository.
      await getRepositoryTriggers(c.var.codeCommit, repositoryName);
      return c.json(await listEventDeliveries(c.var.codeCommit.actor, repositoryName));
    },
  );
