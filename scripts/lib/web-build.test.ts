import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensureWebBuild, webSourceHash, type WebBuildOptions } from './web-build.ts';

const webNodeModules = fileURLToPath(new URL('../../apps/web/node_modules', import.meta.url));
let webDir: string;
let options: WebBuildOptions;

beforeAll(async () => {
  // A web app of two files, built by the web app's own Vite.
  webDir = await mkdtemp(join(tmpdir(), 'web-build-'));
  await symlink(webNodeModules, join(webDir, 'node_modules'));
  await writeFile(
    join(webDir, 'index.html'),
    '<!doctype html><title>Console</title><script type="module" src="/main.js"></script>',
  );
  await writeFile(join(webDir, 'main.js'), 'document.title = "first";\n');
  options = { webDir, inputs: [webDir], keep: 2 };
});
afterAll(() => rm(webDir, { recursive: true, force: true }));

const assetText = async (dir: string) => {
  const [asset] = (await readdir(join(dir, 'assets'))).filter((name) => name.endsWith('.js'));
  return readFile(join(dir, 'assets', asset!), 'utf8');
};

test('builds once per content, elsewhere, and leaves a running build untouched', async () => {
  const first = await ensureWebBuild(options);
  expect(first).toMatchObject({ built: true });
  expect(first.dir).toBe(join(webDir, 'builds', await webSourceHash(options)));
  expect(await assetText(first.dir)).toContain('first');

  // The same sources: nothing is built, the same folder is served.
  expect(await ensureWebBuild(options)).toEqual({ dir: first.dir, built: false });

  // Changed sources: a new folder; the one a running console serves keeps its files.
  const before = await readdir(join(first.dir, 'assets'));
  await writeFile(join(webDir, 'main.js'), 'document.title = "second";\n');
  const second = await ensureWebBuild(options);
  expect(second.built).toBe(true);
  expect(second.dir).not.toBe(first.dir);
  expect(await assetText(second.dir)).toContain('second');
  expect(await readdir(join(first.dir, 'assets'))).toEqual(before);
  expect(existsSync(join(webDir, 'dist'))).toBe(false);

  // Only the `keep` most recently used builds stay.
  await writeFile(join(webDir, 'main.js'), 'document.title = "third";\n');
  const third = await ensureWebBuild(options);
  expect((await readdir(join(webDir, 'builds'))).sort()).toEqual(
    [second.dir, third.dir].map((dir) => dir.split('/').pop()).sort(),
  );
});

test('a build that fails says why and leaves nothing half-written', async () => {
  await writeFile(join(webDir, 'main.js'), 'import "./missing-module.js";\n');
  await expect(ensureWebBuild(options)).rejects.toThrow(
    /the web app does not build:[\s\S]*missing-module/,
  );
  expect((await readdir(join(webDir, 'builds'))).filter((name) => name.startsWith('.'))).toEqual(
    [],
  );
});
