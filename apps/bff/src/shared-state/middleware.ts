import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/**
 * Before a request uses anything kept, hears the changes other instances announced (one read
 * of the shared store; nothing without one), so a change made through any instance shows on
 * this one at once.
 *
 * @example
 * ```ts
 * app.use('/api/*', sharedChanges())
 * ```
 */
export function sharedChanges() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await c.var.bff.gateway.catchUp();
    await next();
  });
}

/**
 * Names the instance that answered in `X-Console-Instance` (`INSTANCE_ID`), so an operator
 * behind a load balancer can tell instances apart. Nothing is sent without an id.
 *
 * @example
 * ```ts
 * app.use(instanceHeader('bff-1'))
 * ```
 */
export function instanceHeader(instanceId: string | undefined) {
  return createMiddleware(async (c, next) => {
    await next();
    if (instanceId) c.header('X-Console-Instance', instanceId);
  });
}
