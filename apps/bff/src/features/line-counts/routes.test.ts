import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LineCountsAnswer } from '@cc/shared/differences';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';

let console_: TestConsole;
let workDir: string;
let work: string;
let before: string;
let after: string;

const write = (file: string, content: string | Buffer) => writeFile(path.join(work, file), content);

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-line-counts-'));
  work = await cloneNewRepository(console_, workDir, 'counted');
  await write('poem.txt', 'one\ntwo\nthree\nfour\n');
  await write('gone.txt', 'a\nb\nc\n');
  await write('spaced.txt', 'x = 1\n');
  await write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  await git(work, ['add', '.']);
  await git(work, ['commit', '--quiet', '-m', 'Before']);
  before = await git(work, ['rev-parse', 'HEAD']);
  await write('poem.txt', 'one\nTWO\nthree\nfour\nfive\n');
  await git(work, ['rm', '--quiet', 'gone.txt']);
  await write('new.txt', 'n1\nn2\n');
  await write('spaced.txt', 'x  =  1\n');
  await write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]));
  await git(work, ['add', '.']);
  await git(work, ['commit', '--quiet', '-m', 'After']);
  after = await git(work, ['rev-parse', 'HEAD']);
  await git(work, ['push', '--quiet', 'origin', 'main']);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

const read = async (query: string) => {
  const response = await console_.as('reader')(`/api/repositories/counted/line-counts?${query}`);
  return { response, body: (await response.json()) as LineCountsAnswer };
};

describe('line counts', () => {
  it('counts each changed file as git diff --numstat does, binary files as unknown', async () => {
    const { response, body } = await read(`beforeCommitId=${before}&afterCommitId=${after}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    const numstat = await git(work, ['diff', '--numstat', before, after]);
    const expected = Object.fromEntries(
      numstat.split('\n').map((line) => {
        const [added = '', removed = '', file = ''] = line.split('\t');
        return [file, added === '-' ? null : { added: Number(added), removed: Number(removed) }];
      }),
    );
    expect(body).toEqual({ counts: expected, complete: true });
    expect(body.counts['poem.txt']).toEqual({ added: 2, removed: 1 });
  });

  it('leaves out whitespace changes when asked to', async () => {
    const { body } = await read(
      `beforeCommitId=${before}&afterCommitId=${after}&ignoreWhitespace=true`,
    );
    expect(body.counts['spaced.txt']).toEqual({ added: 0, removed: 0 });
    expect(body.counts['poem.txt']).toEqual({ added: 2, removed: 1 });
  });

  it('refuses a branch name where a commit id belongs', async () => {
    const { response, body } = await read(`afterCommitId=main`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(body)).toContain('afterCommitId');
  });
});
