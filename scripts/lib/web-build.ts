import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Never part of the web app's sources. */
const SKIPPED = new Set(['node_modules', 'dist', 'builds']);

export interface WebBuildOptions {
  /** The web app's folder (apps/web): `vite build` runs here. */
  webDir: string;
  /** Files and folders whose content decides the build (the web app, shared code, the lockfile). */
  inputs: string[];
  /** Where builds live, one folder per content hash (default `<webDir>/builds`). */
  buildsDir?: string;
  /** Builds kept, newest first, so a console still running an older one keeps its files (default 3). */
  keep?: number;
  /** Environment variables that change what Vite makes (their values enter the hash). */
  env?: Record<string, string | undefined>;
}

async function hashInto(hash: ReturnType<typeof createHash>, path: string, root: string) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    for (const entry of (await readdir(path)).sort())
      if (!SKIPPED.has(entry) && !entry.endsWith('.tsbuildinfo'))
        await hashInto(hash, join(path, entry), root);
    return;
  }
  hash
    .update(`${relative(root, path)}\0`)
    .update(await readFile(path))
    .update('\0');
}

/** A hash of everything the build reads: the same sources give the same name. */
export async function webSourceHash(options: WebBuildOptions): Promise<string> {
  const hash = createHash('sha256');
  for (const input of options.inputs) await hashInto(hash, input, options.webDir);
  for (const [name, value] of Object.entries(options.env ?? {}).sort())
    hash.update(`${name}=${value ?? ''}\0`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The web app built from the current sources, in `builds/<content hash>`: reused when it exists,
 * otherwise built beside it and renamed into place at once. A console already running keeps
 * serving its own build, untouched; `apps/web/dist` (the tests' build) is never written. Vite's
 * output is kept, and shown only when the build fails.
 */
export async function ensureWebBuild(
  options: WebBuildOptions,
): Promise<{ dir: string; built: boolean }> {
  const buildsDir = options.buildsDir ?? join(options.webDir, 'builds');
  const dir = join(buildsDir, await webSourceHash(options));
  let built = false;
  if (!existsSync(join(dir, 'index.html'))) {
    await mkdir(buildsDir, { recursive: true });
    const building = join(buildsDir, `.building-${process.pid}-${Date.now()}`);
    const vite = join(options.webDir, 'node_modules', '.bin', 'vite');
    try {
      await run(vite, ['build', '--outDir', building, '--emptyOutDir'], {
        cwd: options.webDir,
        env: { ...process.env, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`the web app does not build:\n${stdout}${stderr}`, { cause: error });
    }
    // Another start may have finished the same build first: either copy is the same.
    await rename(building, dir).catch(() => rm(building, { recursive: true, force: true }));
    built = true;
  }
  const now = new Date();
  await utimes(dir, now, now);
  await pruneBuilds(buildsDir, dir, options.keep ?? 3);
  return { dir, built };
}

/** Removes all but the `keep` most recently used builds, never `current`. */
async function pruneBuilds(buildsDir: string, current: string, keep: number): Promise<void> {
  const builds = await Promise.all(
    (await readdir(buildsDir))
      .filter((name) => !name.startsWith('.'))
      .map(async (name) => ({
        path: join(buildsDir, name),
        used: (await stat(join(buildsDir, name))).mtimeMs,
      })),
  );
  const old = builds
    .filter((build) => build.path !== current)
    .sort((a, b) => b.used - a.used)
    .slice(Math.max(0, keep - 1));
  await Promise.all(old.map((build) => rm(build.path, { recursive: true, force: true })));
}
