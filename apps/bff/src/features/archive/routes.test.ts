import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';

const run = promisify(execFile);
let console_: TestConsole;
let workDir: string;
let commitId: string;
const repo = '/api/repositories/bundle';
const bigText = 'all work and no play\n'.repeat(5000);

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-archive-'));
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'bundle' });
  const created = await console_.json('developer', 'POST', `${repo}/commits`, {
    branchName: 'main',
    putFiles: [
      { filePath: 'README.md', fileContent: '# Bundle\n' },
      { filePath: 'src/deep/ünïcode.txt', fileContent: 'héllo\n' },
      { filePath: 'src/big.txt', fileContent: bigText },
      { filePath: 'bin/run.sh', fileContent: '#!/bin/sh\necho hi\n', fileMode: 'EXECUTABLE' },
      { filePath: 'link', fileContent: 'README.md', fileMode: 'SYMLINK' },
      {
        filePath: 'logo.bin',
        fileContentBase64: Buffer.from([0, 1, 2, 3, 255]).toString('base64'),
      },
    ],
  });
  commitId = ((await created.json()) as { commitId: string }).commitId;
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

async function download(
  query: string,
  name: string,
): Promise<{ response: Response; file: string }> {
  const response = await console_.as('reader')(`${repo}/archive?${query}`);
  const file = path.join(workDir, name);
  await writeFile(file, new Uint8Array(await response.clone().arrayBuffer()));
  return { response, file };
}

describe('ZIP download', () => {
  it('streams a ref as a ZIP that unzip accepts, with modes, links and UTF-8 names', async () => {
    const { response, file } = await download('commitSpecifier=main', 'main.zip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bundle-main.zip"/,
    );
    expect(response.headers.get('x-archive-files')).toBe('6');
    expect(response.headers.get('x-archive-commit-id')).toBe(commitId);
    await run('unzip', ['-t', '-q', file]);
    const out = path.join(workDir, 'main');
    await run('unzip', ['-q', file, '-d', out]);
    const root = path.join(out, 'bundle-main');
    expect(await readFile(path.join(root, 'README.md'), 'utf8')).toBe('# Bundle\n');
    expect(await readFile(path.join(root, 'src/deep/ünïcode.txt'), 'utf8')).toBe('héllo\n');
    expect(await readFile(path.join(root, 'src/big.txt'), 'utf8')).toBe(bigText);
    expect([...(await readFile(path.join(root, 'logo.bin')))]).toEqual([0, 1, 2, 3, 255]);
    expect((await stat(path.join(root, 'bin/run.sh'))).mode & 0o111).not.toBe(0);
    expect(await readlink(path.join(root, 'link'))).toBe('README.md');
    // Deflated: the repeated text shrinks.
    const { stdout } = await run('zipinfo', ['-l', file]);
    expect(stdout).toMatch(/defN/);
  });

  it('downloads one folder at a commit id, listing it from the cache the second time', async () => {
    const first = await download(`commitSpecifier=${commitId}&folderPath=src`, 'src.zip');
    expect(first.response.headers.get('x-archive-files')).toBe('2');
    const { stdout } = await run('unzip', ['-Z1', first.file]);
    expect(stdout.trim().split('\n').sort()).toEqual([
      `bundle-${commitId.slice(0, 7)}-src/big.txt`,
      `bundle-${commitId.slice(0, 7)}-src/deep/ünïcode.txt`,
    ]);
    const warm = await download(`commitSpecifier=${commitId}&folderPath=src`, 'src-again.zip');
    expect(warm.response.headers.get('x-codecommit-calls')).toBe('0');
    expect(await readFile(warm.file)).toEqual(await readFile(first.file));
  });

  it('answers 404 before streaming when the ref does not exist', async () => {
    const response = await console_.as('reader')(`${repo}/archive?commitSpecifier=nowhere`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
