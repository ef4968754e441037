import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { requireSignIn } from '../../session/middleware.ts';
import { loadDashboard } from './load.ts';

/** The signed-in person's pull requests across every repository: see loadDashboard. */
export const dashboardRoutes = new Hono<AppEnv>().get('/', requireSignIn(), async (c) =>
  c.json(await loadDashboard(c.var.codeCommit)),
);
