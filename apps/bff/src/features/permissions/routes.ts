import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { keptFor } from '../../gateway/kept-for.ts';
import { validate } from '../../middleware/validate.ts';
import { requireSignIn } from '../../session/middleware.ts';
import {
  probeAccountPermissions,
  probeRepositoryWrites,
  type AccountPermissions,
  type RepositoryPermissions,
} from './probe.ts';

/**
 * Probe answers are kept per user for this long: IAM policies change rarely, and asking again
 * within a few minutes keeps the controls honest without a call per page.
 */
export const PERMISSIONS_WINDOW_MS = 5 * 60_000;

/** A probe's answer, kept for PERMISSIONS_WINDOW_MS from when it came. */
export const probedWithin = <T>(codeCommit: CodeCommit, key: string, probe: () => Promise<T>) =>
  keptFor(codeCommit, `permissions\u0000${key}`, PERMISSIONS_WINDOW_MS, probe);

const accountPermissions = (codeCommit: CodeCommit): Promise<AccountPermissions> =>
  probedWithin(codeCommit, 'account', () => probeAccountPermissions(codeCommit));

/**
 * What the signed-in user may do, for the console to show only the controls that can work.
 * AWS still decides every call: a control shown by mistake gets AWS's refusal.
 */
export const permissionRoutes = new Hono<AppEnv>()
  .get('/permissions', requireSignIn(), async (c) => {
    const { canCreateRepository } = await accountPermissions(c.var.codeCommit);
    return c.json({ canCreateRepository });
  })
  .get(
    '/repositories/:repositoryName/permissions',
    validate('param', repositoryParamsSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const codeCommit = c.var.codeCommit;
      const [account, writes] = await Promise.all([
        accountPermissions(codeCommit),
        probedWithin(codeCommit, `repository\u0000${repositoryName}`, () =>
          probeRepositoryWrites(codeCommit, repositoryName),
        ),
      ]);
      const permissions: RepositoryPermissions = { ...account, ...writes };
      return c.json(permissions);
    },
  );
