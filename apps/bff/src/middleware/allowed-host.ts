import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/**
 * Answers only requests that name the console's own address: `PUBLIC_URL`'s host, or, for a
 * console without one (the local demo), a loopback name. A page on another site that gets its
 * name to resolve to this machine (DNS rebinding) sends its own name as Host, and is refused.
 *
 * @example
 * ```ts
 * app.use(allowedHost())
 * ```
 */
export function allowedHost() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { publicUrl, isAllowedHost } = c.var.bff;
    const host = c.var.clientHost;
    const allowed = publicUrl ? host === publicUrl.host.toLowerCase() : isAllowedHost(host);
    if (!allowed) {
      const where = publicUrl ? `at ${publicUrl.origin}` : 'on a loopback address (localhost)';
      return c.json(
        { error: `Host ${host} is not this console's address: it answers only ${where}` },
        421,
      );
    }
    await next();
  });
}
