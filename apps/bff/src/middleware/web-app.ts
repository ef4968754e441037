import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/** The console's theme when one was chosen, `light` or `dark`, as the web app's theme.ts writes it. */
export const THEME_COOKIE = 'cc_theme';

/** The first paint of the page at a path (without the base path), if there is one to make. */
export type FirstPaint = (c: Context<AppEnv>, pagePath: string) => Promise<string | undefined>;

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
export function webApp(staticDir: string, basePath = '/', firstPaint?: FirstPaint) {
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
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const filePath = withoutBase(c.req.path);
    const isAsset = filePath.startsWith('/assets/');
    if (filePath !== '/' && filePath !== '/index.html') {
      const response = await files(c, notFound);
      if (response || isAsset) {
        if (!response) return next();
        // Only assets are named by their content; any other file may change with a build.
        response.headers.set(
          'Cache-Control',
          isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        return response;
      }
    }
    let html: string;
    try {
      html = await readFile(indexFile, 'utf8');
    } catch {
      return next();
    }
    const page = withBaseHref(html, basePath);
    const root = page.indexOf('<div id="root">');
    const painting = c.req.method === 'GET' && root >= 0 ? firstPaint?.(c, filePath) : undefined;
    if (!painting) {
      c.header('Cache-Control', 'no-cache');
      return c.html(page);
    }
    // The head goes out at once, so the browser fetches the app's scripts and styles while the
    // view's content is read; the first paint follows it. The page may now hold what only this
    // person may read: no cache keeps it.
    c.header('Cache-Control', 'private, no-store');
    c.header('Content-Type', 'text/html; charset=UTF-8');
    c.header('Vary', 'Accept-Encoding, Cookie');
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    if (gzip) c.header('Content-Encoding', 'gzip');
    // The app's stylesheets move after the first paint, which has its own styles: in the body a
    // stylesheet holds back only what follows it. The head preloads them, so they still arrive
    // as early as before.
    const stylesheets: string[] = [];
    const modules: string[] = [];
    // A theme chosen in the console (the web app keeps it in this cookie too) colours the paint
    // as the app will, instead of the system's setting.
    const theme = getCookie(c, THEME_COOKIE);
    const head = page
      .slice(0, root)
      .replace(/<html([^>]*)>/i, (tag, attributes: string) =>
        theme === 'light' || theme === 'dark' ? `<html${attributes} data-theme="${theme}">` : tag,
      )
      .replace(/<link rel="stylesheet"([^>]*)>/g, (link, attributes: string) => {
        stylesheets.push(link);
        return `<link rel="preload" as="style"${attributes}>`;
      })
      // The app's code is fetched only once the paint is on screen: compiling it as it arrives
      // would hold back the frame that shows the paint. first-paint-start.js (in the web app's
      // public files) preloads these modules and starts the app after that frame.
      .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
        modules.push(href);
        return '';
      })
      .replace(
        /<script type="module" crossorigin src="([^"]+)"><\/script>/,
        (_, entry: string) =>
          `<script type="module" src="./first-paint-start.js" data-app="${entry}" ` +
          `data-modules="${modules.join(' ')}"></script>`,
      );
    const rest = painting.then((paint) => (paint ?? '') + stylesheets.join('') + page.slice(root));
    return c.body(streamPage(head, rest, gzip));
  });
}

/**
 * `head`, then `rest` once it is known, as one response body; gzip'd when `gzip`, flushed after
 * the head so the browser has it before the rest is ready.
 */
function streamPage(
  head: string,
  rest: Promise<string>,
  gzip: boolean,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // The reader may go (another page, a closed tab) before the rest is ready: nothing is sent
  // after that, and the compressor is let go.
  let done = false;
  let zip: Gzip | undefined;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: Uint8Array) => {
        if (!done) controller.enqueue(chunk);
      };
      const finish = (error?: unknown) => {
        if (done) return;
        done = true;
        if (error === undefined) controller.close();
        else controller.error(error);
      };
      if (!gzip) {
        send(encoder.encode(head));
        const text = await rest;
        send(encoder.encode(text));
        finish();
        return;
      }
      const compressor = createGzip();
      zip = compressor;
      compressor.on('data', (chunk: Buffer) => send(new Uint8Array(chunk)));
      compressor.on('end', () => finish());
      compressor.on('error', (error) => finish(error));
      compressor.write(head);
      compressor.flush(constants.Z_SYNC_FLUSH);
      const text = await rest;
      if (done) compressor.destroy();
      else compressor.end(text);
    },
    cancel() {
      done = true;
      zip?.destroy();
    },
  });
}

/** index.html with its `<base href>` naming `basePath` (added at the head's start when missing). */
export function withBaseHref(html: string, basePath: string): string {
  const base = `<base href="${basePath}" />`;
  const existing = /<base\s[^>]*>/i;
  if (existing.test(html)) return html.replace(existing, base);
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${base}`);
}
