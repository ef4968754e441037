import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild, webDist } from './console-web-build.ts';
import { printTable } from './stats.ts';

const TARGET_BYTES = 250_000;
const monacoName = /monaco|\.worker/i;

/** The scripts index.html loads at once: its module scripts and the modules it preloads. */
export function initialScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  const paths = tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\bsrc="([^"]+)"/.test(tag);
    const isPreload = /\brel="modulepreload"/.test(tag);
    if (!isScript && !isPreload) return [];
    const path = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return path ? [path] : [];
  });
  return [...new Set(paths)];
}

const gzipBytes = async (file: string) => gzipSync(await readFile(file)).byteLength;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Initial JavaScript of the built web app in gzip bytes (node:zlib, default level) against the
 * 250 KB target. Monaco is loaded lazily, by the views that show code, so it is not in the
 * initial set; the lazy chunks are summed beside it for scale.
 */
export async function benchConsoleBundle(): Promise<void> {
  console.log(`Web app: ${await ensureWebBuild()}`);
  const indexHtml = await readFile(join(webDist, 'index.html'), 'utf8');
  const initial = initialScripts(indexHtml);
  const sized = await Promise.all(
    initial.map(async (path) => {
      const file = join(webDist, path.replace(/^\//, ''));
      return { path, gzip: await gzipBytes(file), raw: (await readFile(file)).byteLength };
    }),
  );
  sized.sort((a, b) => b.gzip - a.gzip);
  const total = sized.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const assets = (await readdir(join(webDist, 'assets'))).filter((name) => name.endsWith('.js'));
  const initialNames = new Set(initial.map((path) => path.split('/').pop()));
  const lazy = await Promise.all(
    assets
      .filter((name) => !initialNames.has(name))
      .map(async (name) => ({ name, gzip: await gzipBytes(join(webDist, 'assets', name)) })),
  );
  const lazyMonaco = lazy.filter((chunk) => monacoName.test(chunk.name));
  const sum = (chunks: { gzip: number }[]) => chunks.reduce((total, c) => total + c.gzip, 0);
  printTable(
    'Initial JavaScript of the web app (index.html scripts and modulepreloads), largest first',
    ['chunk', 'raw', 'gzip'],
    sized.map((chunk) => [chunk.path, kilobytes(chunk.raw), kilobytes(chunk.gzip)]),
  );
  console.log(
    `  initial JavaScript: ${total} bytes gzip = ${kilobytes(total)}; target at most ` +
      `${kilobytes(TARGET_BYTES)}: ${total <= TARGET_BYTES ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  Monaco in the initial set: ${sized.some((chunk) => monacoName.test(chunk.path)) ? 'yes' : 'no'}; ` +
      `loaded lazily: ${lazy.length} chunks, ${kilobytes(sum(lazy))} gzip ` +
      `(chunks named monaco or *.worker: ${kilobytes(sum(lazyMonaco))})`,
  );
}
