import { serveStatic } from '@hono/node-server/serve-static';
import { createMiddleware } from 'hono/factory';

/**
 * Serves the built web app: its files, precompressed, and index.html for any other GET so
 * client-side routes load on a refresh. Vite names assets by content hash, so they are cached for good; a missing
 * asset stays a 404 and index.html is fetched anew each time, so a new build shows at once.
 *
 * @example
 * ```ts
 * app.use(webApp('apps/web/dist'))
 * ```
 */
export function webApp(staticDir: string) {
  // The build writes .br and .gz beside each text asset: sent as is, with Content-Encoding and
  // Vary, to a browser that accepts them.
  const files = serveStatic({ root: staticDir, precompressed: true });
  const indexHtml = serveStatic({ root: staticDir, path: 'index.html', precompressed: true });
  const notFound = async () => {};
  return createMiddleware(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const isAsset = c.req.path.startsWith('/assets/');
    const response =
      (await files(c, notFound)) || (isAsset ? undefined : await indexHtml(c, notFound));
    if (!response) return next();
    response.headers.set(
      'Cache-Control',
      isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    return response;
  });
}
