import type { CommitCount, LastCommits, RepositorySummary } from '@cc/shared/repository-home';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleWithHistory, type ConsoleWithHistory } from '../../testing/commit-files.ts';

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
