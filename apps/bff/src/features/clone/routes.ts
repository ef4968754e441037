import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { requireSignIn } from '../../session/middleware.ts';
import { cloneSettings } from './clone-settings.ts';

/** The settings the clone panel's commands need beside the repository's clone URLs. */
export const cloneRoutes = new Hono<AppEnv>().get('/clone-settings', requireSignIn(), (c) =>
  c.json(cloneSettings(process.env, c.var.session?.identity)),
);
