import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { paintedView } from './views.ts';

const page = `<!doctype html><html><head><base href="/" />
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/react-1.js">
<link rel="stylesheet" crossorigin href="./assets/index-1.css">
</head><body><div id="root"></div></body></html>`;

let console_: TestConsole;
let staticDir: string;
let commitId: string;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'first-paint-'));
  await writeFile(path.join(staticDir, 'index.html'), page);
  await writeFile(path.join(staticDir, 'first-paint-start.js'), '// starts the app\n');
  console_ = await startTestConsole({ bff: { staticDir } });
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'shop' });
  const put = await console_.json('developer', 'PUT', '/api/repositories/shop/file', {
    branchName: 'main',
    filePath: 'src/<b>.md',
    fileContent: '<script>alert(1)</script>\n',
    commitMessage: 'Add <img src=x onerror=alert(1)>',
    name: 'Dee Veloper',
    email: 'dee@example.com',
  });
  commitId = ((await put.json()) as { commitId: string }).commitId;
});

afterAll(async () => {
  await console_.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('paintedView', () => {
  it('reads the views the web app links to, with encoded refs and paths', () => {
    expect(paintedView('/repositories/shop/tree/feature%2Fx/src/app')).toEqual({
      view: 'tree',
      repositoryName: 'shop',
      ref: 'feature/x',
      path: 'src/app',
    });
    expect(paintedView(`/repositories/shop/commit/${'a'.repeat(40)}`)).toEqual({
      view: 'commit',
      repositoryName: 'shop',
      commitId: 'a'.repeat(40),
    });
    expect(paintedView('/repositories/shop')).toEqual({ view: 'home', repositoryName: 'shop' });
    expect(paintedView('/repositories/shop/')).toEqual({ view: 'home', repositoryName: 'shop' });
    expect(paintedView('/repositories/a%2Fb')).toBeUndefined();
    expect(paintedView('/repositories/shop/blob/main')).toBeUndefined();
    expect(paintedView('/repositories/shop/commit/main')).toBeUndefined();
    expect(paintedView('/repositories/shop/tree/%E0%A4%A')).toBeUndefined();
    expect(paintedView('/repositories/shop/settings')).toBeUndefined();
  });
});

describe('the first paint', () => {
  it('sends the file in the page, escaped, with the app started after it', async () => {
    const response = await console_.as('developer')('/repositories/shop/blob/main/src/%3Cb%3E.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).toContain('<pre class="fp-panel fp-code">&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('main · src/&lt;b&gt;.md');
    // The stylesheet comes after the paint and is preloaded in the head; the app's modules are
    // left to first-paint-start.js, which loads them once the paint is on screen.
    expect(html.indexOf('id="first-paint"')).toBeLessThan(
      html.indexOf('<link rel="stylesheet" crossorigin href="./assets/index-1.css">'),
    );
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="./assets/index-1.css">',
    );
    expect(html).not.toContain('modulepreload');
    // Its name has no content hash: each page asks whether it changed with a new build.
    const starter = await console_.app.request('/first-paint-start.js');
    expect(starter.status).toBe(200);
    expect(starter.headers.get('cache-control')).toBe('no-cache');
    expect(html).toContain(
      '<script type="module" src="./first-paint-start.js" data-app="./assets/index-1.js" ' +
        'data-modules="./assets/react-1.js"></script>',
    );
  });

  it('paints the home, folders, history and a commit, gzip-compressed when asked', async () => {
    const as = console_.as('reader');
    const gzipped = async (address: string) => {
      const response = await as(address, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      return gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    };
    // The home is the default branch's root.
    const home = await gzipped('/repositories/shop');
    expect(home).toContain('<p class="fp-where">main</p>');
    expect(home).toMatch(/<span class="fp-entry-name">\s*src\/\s*<\/span>/);
    const folder = await gzipped('/repositories/shop/tree/main/src');
    expect(folder).toMatch(/<span class="fp-entry-name">\s*&lt;b&gt;\.md\s*<\/span>/);
    const history = await gzipped('/repositories/shop/commits/main');
    expect(history).toMatch(/<span class="fp-subject">\s*Add &lt;img src=x onerror=alert\(1\)&gt;/);
    expect(history).not.toContain('<img');
    const commit = await gzipped(`/repositories/shop/commit/${commitId}`);
    expect(commit).toMatch(/<li class="fp-panel fp-file">\s*src\/&lt;b&gt;\.md\s*<\/li>/);
  });

  it('paints nothing for someone not signed in, where the read fails, or for an empty home', async () => {
    const anonymous = await console_.app.request('/repositories/shop/tree/main');
    const html = await anonymous.text();
    expect(html).not.toContain('id="first-paint"');
    expect(html).toContain('<div id="root">');
    const missing = await (await console_.as('developer')('/repositories/shop/tree/nope')).text();
    expect(missing).not.toContain('id="first-paint"');
    expect(missing).toContain('<div id="root">');
    await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'empty' });
    const empty = await (await console_.as('developer')('/repositories/empty')).text();
    expect(empty).not.toContain('id="first-paint"');
    expect(empty).toContain('<div id="root">');
  });

  it('lets the reader leave before the paint is ready', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const response = await console_.as('developer')('/repositories/shop/tree/main/src', {
        headers: { 'Accept-Encoding': encoding },
      });
      const reader = response.body?.getReader();
      await reader?.read();
      await reader?.cancel();
    }
    const after = await console_.as('developer')('/repositories/shop/tree/main');
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('id="first-paint"');
  });

  it('colours the paint with the theme chosen in the console, and only light or dark', async () => {
    const session = await console_.cookieFor('reader');
    const pageWith = async (theme: string) =>
      (
        await console_.app.request('/repositories/shop/tree/main', {
          headers: { Cookie: `${session}; cc_theme=${encodeURIComponent(theme)}` },
        })
      ).text();
    const dark = await pageWith('dark');
    expect(dark).toContain('<html data-theme="dark">');
    expect(dark).toContain('id="first-paint"');
    expect(await pageWith('light')).toContain('<html data-theme="light">');
    const forged = await pageWith('"><script>alert(1)</script>');
    expect(forged).toContain('<html>');
    expect(forged).not.toContain('alert(1)');
  });

  it("lists a folder in the app's order: folders first, then names as people sort them", async () => {
    await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'order' });
    let parentCommitId: string | undefined;
    for (const filePath of ['c10.txt', 'b.txt', 'docs/x.md', 'C9.txt', 'a.txt']) {
      const put = await console_.json('developer', 'PUT', '/api/repositories/order/file', {
        branchName: 'main',
        ...(parentCommitId ? { parentCommitId } : {}),
        filePath,
        fileContent: 'x\n',
        commitMessage: `Add ${filePath}`,
      });
      parentCommitId = ((await put.json()) as { commitId: string }).commitId;
    }
    const html = await (await console_.as('reader')('/repositories/order/tree/main')).text();
    const names = [...html.matchAll(/<span class="fp-entry-name">\s*([^<]*?)\s*<\/span>/g)].map(
      (match) => match[1],
    );
    expect(names).toEqual(['docs/', 'a.txt', 'b.txt', 'C9.txt', 'c10.txt']);
  });

  it('paints a long file up to what a screen holds', async () => {
    const lines = Array.from({ length: 1000 }, (_, index) => `line ${index + 1}`);
    const put = await console_.json('developer', 'PUT', '/api/repositories/shop/file', {
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'long.txt',
      fileContent: `${lines.join('\n')}\n`,
      commitMessage: 'A long file',
      name: 'Dee Veloper',
      email: 'dee@example.com',
    });
    expect(put.status).toBe(200);
    const html = await (
      await console_.as('developer')('/repositories/shop/blob/main/long.txt')
    ).text();
    expect(html).toContain('line 200\n…\n</pre>');
    expect(html).not.toContain('line 201');
  });
});
