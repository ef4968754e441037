import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REUSE_SECONDS } from '@cc/shared/limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { git } from '../../testing/git.ts';
import { manualClock } from '../../testing/manual-clock.ts';
import { startOperationLog, type OperationLog } from '../../testing/operation-log.ts';

let console_: TestConsole;
/** Branch tips are reused for a window of time: this clock moves only when a test moves it. */
const clock = manualClock();
let operations: OperationLog;
let firstCommitId: string;
let readmeBlobId: string;
const repo = '/api/repositories/shop';

beforeAll(async () => {
  // `viewer` reads as the reader profile with a cache of its own.
  console_ = await startTestConsole({
    extraUsers: [{ userName: 'viewer', profile: 'reader' }],
    clock,
  });
  operations = await startOperationLog(console_.emulatorUrl);
  process.env.AWS_ENDPOINT_URL_CODECOMMIT = operations.url;
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'shop' });
  const put = await console_.json('developer', 'PUT', `${repo}/file`, {
    branchName: 'main',
    filePath: 'README.md',
    fileContent: '# Shop\n',
    commitMessage: 'Add the README',
    name: 'Dee Veloper',
    email: 'dee@example.com',
  });
  const result = (await put.json()) as { commitId: string; blobId: string };
  firstCommitId = result.commitId;
  readmeBlobId = result.blobId;
  await console_.json('developer', 'POST', `${repo}/commits`, {
    branchName: 'main',
    parentCommitId: firstCommitId,
    putFiles: [
      { filePath: 'src/index.ts', fileContent: 'export {};\n' },
      {
        filePath: 'assets/logo.png',
        fileContentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]).toString('base64'),
      },
      { filePath: 'page.html', fileContent: '<script>alert(1)</script>' },
    ],
    commitMessage: 'Add code',
  });
});
afterAll(async () => {
  await console_.close();
  await operations.close();
});

describe('reading code', () => {
  it('lists branches with their tips', async () => {
    const response = await console_.as('reader')(`${repo}/branches`);
    const { branches } = (await response.json()) as {
      branches: { branchName: string; commitId: string }[];
    };
    expect(branches).toHaveLength(1);
    expect(branches[0]?.branchName).toBe('main');
    expect(branches[0]?.commitId).toMatch(/^[0-9a-f]{40}$/);
    expect(branches[0]?.commitId).not.toBe(firstCommitId);
  });

  it('walks folders and reads a text file', async () => {
    const root = await console_.as('reader')(`${repo}/folder?commitSpecifier=main`);
    const folder = (await root.json()) as {
      files: { relativePath: string }[];
      subFolders: { relativePath: string }[];
    };
    expect(folder.files.map((f) => f.relativePath).sort()).toEqual(['README.md', 'page.html']);
    expect(folder.subFolders.map((f) => f.relativePath).sort()).toEqual(['assets', 'src']);
    const src = await console_.as('reader')(`${repo}/folder?commitSpecifier=main&folderPath=src`);
    expect(
      ((await src.json()) as { files: { absolutePath: string }[] }).files[0]?.absolutePath,
    ).toBe('src/index.ts');
    const file = await console_.as('reader')(
      `${repo}/file?commitSpecifier=main&filePath=src/index.ts`,
    );
    expect(await file.json()).toMatchObject({
      filePath: 'src/index.ts',
      fileMode: 'NORMAL',
      fileSize: 11,
      isBinary: false,
      content: 'export {};\n',
    });
  });

  it('reports binary files without content', async () => {
    const file = await console_.as('reader')(
      `${repo}/file?commitSpecifier=main&filePath=assets/logo.png`,
    );
    const body = (await file.json()) as { isBinary: boolean; content?: string; fileSize: number };
    expect(body).toMatchObject({ isBinary: true, fileSize: 7 });
    expect(body.content).toBeUndefined();
  });

  it('answers 404 with AWS message for a missing file and 400 for a missing filePath', async () => {
    const missing = await console_.as('reader')(
      `${repo}/file?commitSpecifier=main&filePath=nope.txt`,
    );
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('FileDoesNotExistException');
    const noPath = await console_.as('reader')(`${repo}/file?commitSpecifier=main`);
    expect(noPath.status).toBe(400);
    expect(((await noPath.json()) as { error: string }).error).toMatch(/^filePath: /);
  });

  it('serves views pinned to a commit id from the cache: zero CodeCommit calls when warm', async () => {
    const folderPath = `${repo}/folder?commitSpecifier=${firstCommitId}`;
    const filePath = `${repo}/file?commitSpecifier=${firstCommitId}&filePath=README.md`;
    const cold = await console_.as('reader')(folderPath);
    expect(cold.headers.get('x-codecommit-calls')).toBe('1');
    expect(cold.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const coldFile = await console_.as('reader')(filePath);
    expect(coldFile.headers.get('x-codecommit-calls')).toBe('1');
    const warm = await console_.as('reader')(folderPath);
    const warmFile = await console_.as('reader')(filePath);
    expect(warm.headers.get('x-codecommit-calls')).toBe('0');
    expect(warmFile.headers.get('x-codecommit-calls')).toBe('0');
    expect(await warm.json()).toEqual(await cold.json());
    expect(((await warmFile.json()) as { content: string }).content).toBe('# Shop\n');
    // A branch tip may move, so a view by branch name is never cached by the browser.
    const byBranch = await console_.as('reader')(`${repo}/folder?commitSpecifier=main`, {
      headers: { 'Cache-Control': 'no-cache' },
    });
    expect(byBranch.headers.get('cache-control')).toBe('no-store');
  });

  it("keeps one user's cache from another user", async () => {
    const folderPath = `${repo}/folder?commitSpecifier=${firstCommitId}`;
    await console_.as('reader')(folderPath);
    const asAdmin = await console_.as('admin')(folderPath);
    expect(asAdmin.headers.get('x-codecommit-calls')).toBe('1');
  });
});

describe('raw blobs', () => {
  it('serves bytes with an ETag, immutable caching and an inert content type', async () => {
    const response = await console_.as('reader')(
      `${repo}/blobs/${readmeBlobId}?filePath=README.md`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('# Shop\n');
    expect(response.headers.get('etag')).toBe(`"${readmeBlobId}"`);
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="README.md"/);
  });

  it('answers If-None-Match with 304 and no CodeCommit call', async () => {
    const response = await console_.as('reader')(`${repo}/blobs/${readmeBlobId}`, {
      headers: { 'If-None-Match': `"${readmeBlobId}"` },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('x-codecommit-calls')).toBe('0');
  });

  it('types images by name, never serves HTML as HTML, and sends downloads as attachments', async () => {
    const folder = (await (
      await console_.as('reader')(`${repo}/folder?commitSpecifier=main`)
    ).json()) as {
      files: { relativePath: string; blobId: string }[];
    };
    const html = folder.files.find((f) => f.relativePath === 'page.html');
    const page = await console_.as('reader')(`${repo}/blobs/${html?.blobId}?filePath=page.html`);
    expect(page.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const image = await console_.as('reader')(
      `${repo}/file?commitSpecifier=main&filePath=assets/logo.png`,
    );
    const { blobId } = (await image.json()) as { blobId: string };
    const png = await console_.as('reader')(
      `${repo}/blobs/${blobId}?filePath=assets/logo.png&download=1`,
    );
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toMatch(/^attachment; filename="logo.png"/);
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
    );
  });

  it('answers 400 for a malformed blob id', async () => {
    const response = await console_.as('reader')(`${repo}/blobs/not-a-blob`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^blobId: /);
  });
});

describe('changing code', () => {
  it('commits an edit, then refuses a stale parent with 409 and AWS message', async () => {
    const tip = (await (await console_.as('developer')(`${repo}/branches`)).json()) as {
      branches: { commitId: string }[];
    };
    const parentCommitId = tip.branches[0]?.commitId;
    const edit = await console_.json('developer', 'PUT', `${repo}/file`, {
      branchName: 'main',
      filePath: 'README.md',
      fileContent: '# Shop\n\nNow with text.\n',
      parentCommitId,
    });
    expect(edit.status).toBe(200);
    const stale = await console_.json('admin', 'PUT', `${repo}/file`, {
      branchName: 'main',
      filePath: 'README.md',
      fileContent: '# Shop, by admin\n',
      parentCommitId,
    });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: string; code: string };
    expect(body.code).toBe('ParentCommitIdOutdatedException');
    expect(body.error.length).toBeGreaterThan(10);
  });

  it("refuses the reader's edit with AWS's AccessDenied message as a 403", async () => {
    const refused = await console_.json('reader', 'PUT', `${repo}/file`, {
      branchName: 'main',
      filePath: 'README.md',
      fileContent: 'x',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: expect.stringContaining(
        'user/reader is not authorized to perform: codecommit:PutFile',
      ),
      code: 'AccessDeniedException',
    });
  });

  it('answers 400 naming the field for a bad edit', async () => {
    const response = await console_.json('developer', 'PUT', `${repo}/file`, {
      filePath: 'README.md',
      fileContent: 'x',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^branchName: /);
    const badParent = await console_.json('developer', 'PUT', `${repo}/file`, {
      branchName: 'main',
      filePath: 'README.md',
      fileContent: 'x',
      parentCommitId: 'abc',
    });
    expect(((await badParent.json()) as { error: string }).error).toMatch(/^parentCommitId: /);
  });

  it('deletes a file', async () => {
    const tip = (await (await console_.as('developer')(`${repo}/branches`)).json()) as {
      branches: { commitId: string }[];
    };
    const deleted = await console_.json('developer', 'DELETE', `${repo}/file`, {
      branchName: 'main',
      filePath: 'page.html',
      parentCommitId: tip.branches[0]?.commitId,
      commitMessage: 'Remove the page',
    });
    expect(deleted.status).toBe(200);
    const gone = await console_.as('reader')(
      `${repo}/file?commitSpecifier=main&filePath=page.html`,
    );
    expect(gone.status).toBe(404);
  });
});

describe('files over the 6 MB API limit', () => {
  it('shows a file pushed with git as too large, with its blob id but no content', async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), 'bff-large-'));
    try {
      const created = await console_.json('admin', 'POST', '/api/repositories', {
        repositoryName: 'large',
      });
      const { repository } = (await created.json()) as { repository: { cloneUrlHttp: string } };
      await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, 'work']);
      const work = path.join(workDir, 'work');
      await git(work, ['checkout', '--quiet', '-b', 'main']);
      await writeFile(path.join(work, 'big.log'), 'x'.repeat(7 * 1024 * 1024));
      await git(work, ['add', '.']);
      await git(work, ['commit', '--quiet', '-m', 'Add a large file']);
      await git(work, ['push', '--quiet', 'origin', 'main']);
      const blobId = await git(work, ['rev-parse', 'HEAD:big.log']);
      const response = await console_.as('reader')(
        '/api/repositories/large/file?commitSpecifier=main&filePath=big.log',
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        blobId,
        filePath: 'big.log',
        isTooLarge: true,
        fileSize: null,
        isBinary: false,
      });
      expect(body.content).toBeUndefined();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});

describe('views by branch name', () => {
  const tips = '/api/repositories/tips';
  const view = async (path_: string, init?: RequestInit) => {
    operations.take();
    const response = await console_.as('viewer')(path_, init);
    expect(response.status).toBe(200);
    return {
      calls: response.headers.get('x-codecommit-calls'),
      operations: operations.take(),
      body: (await response.json()) as { commitId: string; content?: string },
    };
  };
  /** What a browser sends when a person reloads: reused tips are asked for again. */
  const fresh: RequestInit = { headers: { 'Cache-Control': 'no-cache' } };
  const putReadme = async (fileContent: string, parentCommitId?: string) =>
    (
      (await (
        await console_.json('developer', 'PUT', `${tips}/file`, {
          branchName: 'main',
          filePath: 'README.md',
          fileContent,
          parentCommitId,
        })
      ).json()) as { commitId: string }
    ).commitId;

  it('costs nothing when warm, one GetBranch when asked fresh, and follows a branch moved through the console at once', async () => {
    await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'tips' });
    const first = await putReadme('one\n');
    const folder = `${tips}/folder?commitSpecifier=main`;
    const file = `${tips}/file?commitSpecifier=main&filePath=README.md`;

    // No tip seen yet: asked by name, which is fresh already.
    const coldFolder = await view(folder, fresh);
    expect(coldFolder).toMatchObject({ calls: '1', operations: ['GetFolder'] });
    expect(coldFolder.body.commitId).toBe(first);
    // The tip was seen a moment ago: the file is read at it without a GetBranch.
    expect(await view(file)).toMatchObject({ calls: '1', operations: ['GetFile'] });

    const warmFolder = await view(folder);
    expect(warmFolder).toMatchObject({ calls: '0', operations: [] });
    expect(warmFolder.body).toEqual(coldFolder.body);
    const warmFile = await view(file);
    expect(warmFile).toMatchObject({ calls: '0', operations: [] });
    expect(warmFile.body.content).toBe('one\n');
    // Permission probes move nothing (a commit refused, a missing branch deleted): still warm.
    expect((await console_.as('developer')(`${tips}/permissions`)).status).toBe(200);
    expect(await view(file)).toMatchObject({ calls: '0', operations: [] });
    // Asked fresh, the tip is confirmed and the answer still comes from the commit-id cache.
    expect(await view(file, fresh)).toMatchObject({ calls: '1', operations: ['GetBranch'] });
    // What a branch name read is filed under its commit id: the pinned view is warm already.
    expect(await view(`${tips}/folder?commitSpecifier=${first}`)).toMatchObject({
      calls: '0',
      operations: [],
    });

    // A commit through the console, by another user: every tip seen before it is asked again.
    const second = await putReadme('two\n', first);
    const moved = await view(file);
    expect(moved).toMatchObject({ calls: '2', operations: ['GetBranch', 'GetFile'] });
    expect(moved.body).toMatchObject({ commitId: second, content: 'two\n' });
    const movedFolder = await view(folder);
    expect(movedFolder).toMatchObject({ calls: '1', operations: ['GetFolder'] });
    expect(movedFolder.body.commitId).toBe(second);
  });

  it('sees a branch moved elsewhere when asked fresh, or once a refusal says it moved', async () => {
    const file = `${tips}/file?commitSpecifier=main&filePath=README.md`;
    const seen = (await view(file, fresh)).body;
    expect(seen.content).toBe('two\n');
    const workDir = await mkdtemp(path.join(tmpdir(), 'bff-tips-'));
    try {
      const clone = path.join(workDir, 'tips');
      await git(workDir, ['clone', '--quiet', `${console_.emulatorUrl}/v1/repos/tips`, 'tips']);
      const pushReadme = async (content: string) => {
        await writeFile(path.join(clone, 'README.md'), content);
        await git(clone, ['commit', '--quiet', '-am', content.trim()]);
        await git(clone, ['push', '--quiet', 'origin', 'main']);
      };
      await pushReadme('pushed\n');
      // Within a few seconds of seeing the tip the console uses it as it is...
      expect(await view(file)).toMatchObject({ calls: '0', body: { content: 'two\n' } });
      // ...until the window ends, when the tip is confirmed with a GetBranch.
      clock.advance(REUSE_SECONDS * 1000);
      const expired = await view(file);
      expect(expired).toMatchObject({ operations: ['GetBranch', 'GetFile'] });
      expect(expired.body.content).toBe('pushed\n');
      await pushReadme('pushed once more\n');
      // ...and a reload, asking fresh, shows the push.
      const reloaded = await view(file, fresh);
      expect(reloaded).toMatchObject({ operations: ['GetBranch', 'GetFile'] });
      expect(reloaded.body.content).toBe('pushed once more\n');

      await pushReadme('pushed again\n');
      const outdated = await console_.json('developer', 'PUT', `${tips}/file`, {
        branchName: 'main',
        filePath: 'README.md',
        fileContent: 'edited\n',
        parentCommitId: reloaded.body.commitId,
      });
      expect(outdated.status).toBe(409);
      // The refusal said a tip moved: no tip seen before it is used without asking.
      const after = await view(file);
      expect(after).toMatchObject({ operations: ['GetBranch', 'GetFile'] });
      expect(after.body.content).toBe('pushed again\n');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  it('reads a tag by name, asking GetBranch only once to learn it is not a branch', async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), 'bff-tips-'));
    try {
      const clone = path.join(workDir, 'tips');
      await git(workDir, ['clone', '--quiet', `${console_.emulatorUrl}/v1/repos/tips`, 'tips']);
      await git(clone, ['tag', 'v1']);
      await git(clone, ['push', '--quiet', 'origin', 'v1']);
      const byTag = `${tips}/file?commitSpecifier=v1&filePath=README.md`;
      expect(await view(byTag)).toMatchObject({ operations: ['GetFile'] });
      // Resolved a moment ago: read at that commit without asking.
      expect(await view(byTag)).toMatchObject({ operations: [] });
      expect(await view(byTag, fresh)).toMatchObject({ operations: ['GetBranch', 'GetFile'] });
      const fourth = await view(byTag, fresh);
      expect(fourth).toMatchObject({ operations: ['GetFile'] });
      expect(fourth.body.content).toBe('pushed again\n');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
