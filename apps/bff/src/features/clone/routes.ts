import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { actorFor } from '../../session/actor-for.ts';
import { requireSignIn } from '../../session/middleware.ts';
import { cloneSettings } from './clone-settings.ts';
import { sshCloneSettings } from './ssh-public-keys.ts';

/**
 * The settings the clone panel's commands need beside the repository's clone URLs, with the
 * person's SSH public key ids from IAM.
 */
export const cloneRoutes = new Hono<AppEnv>().get('/clone-settings', requireSignIn(), async (c) => {
  const { session: record, sessionId } = c.var;
  const settings = cloneSettings(process.env, record?.identity);
  if (!record || !sessionId) return c.json(settings);
  const ssh = await sshCloneSettings(actorFor(c.var.bff, sessionId, record));
  return c.json({ ...settings, ssh });
});
