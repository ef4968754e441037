import { Hono } from 'hono';
import type { Readiness } from './readiness.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * `/healthz`: the process answers (liveness). `/readyz`: every readiness check passes —
 * 200 `{ ready: true, checks }`, or 503 with each failing check's reason, so a load balancer
 * sends people elsewhere. Both are JSON, never cached and never the web app.
 *
 * @example
 * ```ts
 * app.route('/', healthRoutes(readiness))
 * ```
 */
export function healthRoutes(readiness: Readiness) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'alive' as const }, 200, NO_STORE))
    .get('/readyz', async (c) => {
      const report = await readiness.report();
      return c.json(report, report.ready ? 200 : 503, NO_STORE);
    });
}
