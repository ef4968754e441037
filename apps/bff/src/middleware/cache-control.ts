import { createMiddleware } from 'hono/factory';

/**
 * Marks API answers `Cache-Control: no-store` unless the handler chose otherwise: branch tips,
 * repository lists and sessions change, and must not be reused from any cache. Handlers mark
 * what never changes (anything named by a git id) as immutable themselves.
 *
 * @example
 * ```ts
 * app.use('/api/*', noStoreByDefault())
 * ```
 */
export function noStoreByDefault() {
  return createMiddleware(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
}
