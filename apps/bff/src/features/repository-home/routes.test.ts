import type { CommitCount, LastCommits, RepositorySummary } from '@cc/shared/repository-home';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleWithHistory, type ConsoleWithHistory } from '../../testing/commit-files.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';
import { MAX_COUNT_ROUND_TRIPS, PARTIAL_COUNT_MS } from './commit-count.ts';

let setup: ConsoleWithHistory;
let commits: string[];
const repo = '/api/repositories/garden';

async function read<T>(path: string): Promise<T> {
  const response = await setup.testConsole.as('reader')(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  setup = await startConsoleWithHistory('garden', [
    {
      files: { 'README.md': '# Garden\n', 'beds/roses.txt': 'red\n' },
      message: 'Plant roses',
      author: 'Alice',
    },
    { files: { 'beds/tulips.txt': 'yellow\n' }, message: 'Plant tulips', author: 'Bob' },
  ]);
  commits = setup.commits;
  await setup.testConsole.json('developer', 'POST', `${repo}/branches`, {
    branchName: 'autumn',
    commitSpecifier: commits[0],
  });
});
afterAll(() => setup.close());

describe('repository home', () => {
  it('gives the latest commit and the number of branches and tags', async () => {
    const summary = await read<RepositorySummary>(`${repo}/summary?commitSpecifier=main`);
    expect(summary).toMatchObject({
      commitId: commits[1],
      latestCommit: { commitId: commits[1], author: { name: 'Bob' } },
      branchCount: 2,
      tagCount: 0,
    });
  });

  it('counts the commits of a ref, and keeps a complete count by commit id', async () => {
    expect(await read<CommitCount>(`${repo}/commit-count?commitSpecifier=main`)).toEqual({
      commitId: commits[1],
      count: 2,
      complete: true,
    });
    expect(await read<CommitCount>(`${repo}/commit-count?commitSpecifier=autumn`)).toMatchObject({
      count: 1,
    });
    setup.operations.take();
    await read<CommitCount>(`${repo}/commit-count?commitSpecifier=${commits[1]}`);
    expect(setup.operations.take()).toEqual([]);
  });

  it('gives a count stopped on the way as is for a while, then counts further', async () => {
    // A straight line longer than one count may walk: a round trip per commit.
    const workDir = await mkdtemp(path.join(tmpdir(), 'bff-commit-count-'));
    try {
      const work = await cloneNewRepository(setup.testConsole, workDir, 'long-line');
      for (let index = 0; index <= MAX_COUNT_ROUND_TRIPS + 1; index += 1)
        await git(work, ['commit', '--quiet', '--allow-empty', '-m', `Commit ${index}`]);
      await git(work, ['push', '--quiet', 'origin', 'main']);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    const address = '/api/repositories/long-line/commit-count?commitSpecifier=main';
    // Asked again while the walk is on its way, the count waits for that walk: no second one.
    setup.operations.take();
    const walked: string[] = [];
    const batches = () => walked.filter((name) => name === 'BatchGetCommits').length;
    const asked = read<CommitCount>(address);
    while (batches() < 10) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      walked.push(...setup.operations.take());
    }
    const [first, again] = await Promise.all([asked, read<CommitCount>(address)]);
    walked.push(...setup.operations.take());
    expect(again).toEqual(first);
    expect(batches()).toBeLessThanOrEqual(MAX_COUNT_ROUND_TRIPS);
    expect(first).toMatchObject({ complete: false });
    expect(first.count).toBeLessThan(MAX_COUNT_ROUND_TRIPS + 2);
    expect(await read<CommitCount>(address)).toEqual(first);
    expect(setup.operations.take().filter((name) => name === 'BatchGetCommits')).toEqual([]);
    setup.testConsole.clock.advance(PARTIAL_COUNT_MS + 1);
    expect(await read<CommitCount>(address)).toMatchObject({
      count: MAX_COUNT_ROUND_TRIPS + 2,
      complete: true,
    });
  });

  it('gives the last commit that changed each entry of a folder', async () => {
    const query = new URLSearchParams([
      ['commitSpecifier', 'main'],
      ['path', 'README.md'],
      ['path', 'beds'],
      ['path', 'beds/roses.txt'],
    ]);
    const answer = await read<LastCommits>(`${repo}/last-commits?${query}`);
    expect(answer.commitId).toBe(commits[1]);
    expect(answer.lastCommits['README.md']?.commitId).toBe(commits[0]);
    expect(answer.lastCommits['beds']?.commitId).toBe(commits[1]);
    expect(answer.lastCommits['beds/roses.txt']?.commitId).toBe(commits[0]);
  });

  it('refuses more paths than a listing shows at once', async () => {
    const query = new URLSearchParams(
      Array.from({ length: 101 }, (_, index): [string, string] => ['path', `file-${index}`]),
    );
    const response = await setup.testConsole.as('reader')(`${repo}/last-commits?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('at most 100');
  });
});
