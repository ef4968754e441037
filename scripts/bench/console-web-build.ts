import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../lib/run.ts';
import { timeOnce } from './stats.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const webDist = join(root, 'apps/web/dist');

/** Newest modification time of the files under `path` (0 when there are none). */
async function newest(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(
    entries.filter((entry) => entry !== 'node_modules').map((entry) => newest(join(path, entry))),
  );
  return Math.max(0, ...times);
}

let built: Promise<string> | undefined;

/**
 * The built web app (apps/web/dist): built once per run when it is missing or older than its
 * sources. `BENCH_WEB_BUILD=always` rebuilds, `never` takes whatever is there. Answers a line
 * saying which build is measured.
 */
export function ensureWebBuild(): Promise<string> {
  built ??= (async () => {
    const mode = process.env.BENCH_WEB_BUILD ?? 'auto';
    const index = join(webDist, 'index.html');
    const sources = Math.max(
      ...(await Promise.all(
        [
          'apps/web/src',
          'apps/web/index.html',
          'apps/web/vite.config.ts',
          'packages/shared/src',
        ].map((path) => newest(join(root, path))),
      )),
    );
    const builtAt = existsSync(index) ? (await stat(index)).mtimeMs : 0;
    if (mode === 'never' || (mode === 'auto' && builtAt > sources)) {
      if (!builtAt) throw new Error('apps/web/dist is missing and BENCH_WEB_BUILD=never');
      return `apps/web/dist as found (built ${new Date(builtAt).toISOString()})`;
    }
    try {
      const ms = await timeOnce(() =>
        run('npx', ['-y', 'pnpm@10.34.9', '--filter', '@cc/web', 'build'], { cwd: root }),
      );
      return `apps/web/dist built now in ${(ms / 1000).toFixed(1)} s`;
    } catch (error) {
      if (!builtAt) throw error;
      const reason = String(error).split('\n').slice(-6).join('\n    ');
      return `apps/web/dist as found (built ${new Date(builtAt).toISOString()}): the build failed:\n    ${reason}`;
    }
  })();
  return built;
}
