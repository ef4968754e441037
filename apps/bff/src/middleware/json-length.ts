import { createMiddleware } from 'hono/factory';

/**
 * Gives JSON answers their Content-Length. Hono builds them in memory anyway; with the length
 * known, `compress()` leaves answers under its threshold as they are, where gzip would only
 * add bytes and time.
 *
 * @example
 * ```ts
 * app.use('/api/*', compress({ threshold: 1024 }), jsonLength())
 * ```
 */
export function jsonLength() {
  return createMiddleware(async (c, next) => {
    await next();
    const { res } = c;
    if (res.headers.has('Content-Length') || !res.body) return;
    if (!/^application\/json/.test(res.headers.get('Content-Type') ?? '')) return;
    const body = await res.arrayBuffer();
    c.res = new Response(body, res);
    c.res.headers.set('Content-Length', String(body.byteLength));
  });
}
