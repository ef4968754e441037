import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { createMiddleware } from 'hono/factory';

/**
 * Serves the built web app: its files, precompressed, and index.html for any other GET so
 * client-side routes load on a refresh. Vite names assets by content hash, so they are cached for good; a missing
 * asset stays a 404 and index.html is fetched anew each time, so a new build shows at once.
 *
 * Under a path prefix (`basePath`, e.g. `/console/`) the files are looked up without it, and
 * index.html's `<base href>` names the prefix: the build refers to its assets relatively (Vite's
 * `base: './'`), and the app takes its router's basename and its API's address from that element.
 *
 * @example
 * ```ts
 * app.use(webApp('apps/web/dist', '/console/'))
 * ```
 */
export function webApp(staticDir: string, basePath = '/') {
  const withoutBase = (requestPath: string) =>
    requestPath.startsWith(basePath) ? `/${requestPath.slice(basePath.length)}` : requestPath;
  // The build writes .br and .gz beside each text asset: sent as is, with Content-Encoding and
  // Vary, to a browser that accepts them.
  const files = serveStatic({
    root: staticDir,
    precompressed: true,
    rewriteRequestPath: withoutBase,
  });
  const indexFile = path.join(staticDir, 'index.html');
  const notFound = async () => {};
  return createMiddleware(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const filePath = withoutBase(c.req.path);
    const isAsset = filePath.startsWith('/assets/');
    if (filePath !== '/' && filePath !== '/index.html') {
      const response = await files(c, notFound);
      if (response || isAsset) {
        if (!response) return next();
        response.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
        return response;
      }
    }
    let html: string;
    try {
      html = await readFile(indexFile, 'utf8');
    } catch {
      return next();
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(withBaseHref(html, basePath));
  });
}

/** index.html with its `<base href>` naming `basePath` (added at the head's start when missing). */
export function withBaseHref(html: string, basePath: string): string {
  const base = `<base href="${basePath}" />`;
  const existing = /<base\s[^>]*>/i;
  if (existing.test(html)) return html.replace(existing, base);
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${base}`);
}
