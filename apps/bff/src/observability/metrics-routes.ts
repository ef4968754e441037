import { Hono } from 'hono';
import type { Metrics } from './metrics.ts';

/**
 * `GET /metrics`: the Prometheus text exposition. It names routes and counts, never people or
 * repositories; a proxy in front of a team's console can still keep it to the scraper.
 */
export function metricsRoutes(metrics: Metrics) {
  return new Hono().get('/metrics', async (c) =>
    c.body(await metrics.text(), 200, {
      'Content-Type': metrics.registry.contentType,
      'Cache-Control': 'no-store',
    }),
  );
}
