import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Commit, CommitHistoryPage } from '@cc/shared/commits';
import type { BlobDifferences, Comparison, Difference } from '@cc/shared/differences';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';
import { startOperationLog, type OperationLog } from '../../testing/operation-log.ts';

let console_: TestConsole;
let operations: OperationLog;
let workDir: string;
const repo = '/api/repositories/history';
/** Commit ids by the message that made them. */
const ids: Record<string, string> = {};

/** main: one, two, three; feature (from two): four; main then merges feature: five. Pushed with git. */
beforeAll(async () => {
  console_ = await startTestConsole();
  operations = await startOperationLog(console_.emulatorUrl);
  process.env.AWS_ENDPOINT_URL_CODECOMMIT = operations.url;
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-history-'));
  const created = await console_.json('admin', 'POST', '/api/repositories', {
    repositoryName: 'history',
  });
  const { repository } = (await created.json()) as { repository: { cloneUrlHttp: string } };
  await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, 'work']);
  const work = path.join(workDir, 'work');
  const commit = async (message: string, file: string, text: string, date: number) => {
    await writeFile(path.join(work, file), text);
    await git(work, ['add', file]);
    await git(
      work,
      ['-c', `user.name=${message}`, 'commit', '--quiet', '-m', message, `--date=${date} +0000`],
      'admin',
    );
    ids[message] = await git(work, ['rev-parse', 'HEAD']);
  };
  await git(work, ['checkout', '--quiet', '-b', 'main']);
  process.env.GIT_COMMITTER_DATE = '1700000100 +0000';
  await commit('one', 'a.txt', 'a\n', 1700000100);
  process.env.GIT_COMMITTER_DATE = '1700000200 +0000';
  await commit('two', 'b.txt', 'b\n', 1700000200);
  await git(work, ['checkout', '--quiet', '-b', 'feature']);
  process.env.GIT_COMMITTER_DATE = '1700000300 +0000';
  await commit('four', 'c.txt', 'c\n', 1700000300);
  await git(work, ['checkout', '--quiet', 'main']);
  process.env.GIT_COMMITTER_DATE = '1700000400 +0000';
  await commit('three', 'a.txt', 'a\nmore\n', 1700000400);
  process.env.GIT_COMMITTER_DATE = '1700000500 +0000';
  await git(work, ['merge', '--quiet', '--no-ff', '-m', 'five', 'feature']);
  ids.five = await git(work, ['rev-parse', 'HEAD']);
  delete process.env.GIT_COMMITTER_DATE;
  await git(work, ['push', '--quiet', 'origin', 'main', 'feature']);
});
afterAll(async () => {
  await console_.close();
  await operations.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A new repository holding the commits `make` makes in a fresh clone (each at the date given). */
async function pushRepository(
  repositoryName: string,
  make: (commit: (message: string, date: number) => Promise<void>, work: string) => Promise<void>,
): Promise<void> {
  const work = await cloneNewRepository(console_, workDir, repositoryName);
  await make(async (message, date) => {
    await writeFile(path.join(work, `${message}.txt`), message);
    await git(work, ['add', '.']);
    process.env.GIT_COMMITTER_DATE = `${date} +0000`;
    await git(work, ['commit', '--quiet', '-m', message, `--date=${date} +0000`]);
    delete process.env.GIT_COMMITTER_DATE;
  }, work);
  await git(work, ['push', '--quiet', 'origin', '--all']);
}

/** A history page read by `user`, with what it cost. */
async function costOf(user: string, path_: string, init?: RequestInit) {
  operations.take();
  const response = await console_.as(user)(path_, init);
  expect(response.status).toBe(200);
  return {
    calls: response.headers.get('x-codecommit-calls'),
    operations: operations.take(),
    body: (await response.json()) as CommitHistoryPage & { differences?: Difference[] },
  };
}

async function page(query: string): Promise<CommitHistoryPage> {
  const response = await console_.as('reader')(`${repo}/commits?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as CommitHistoryPage;
}

describe('history', () => {
  it('walks every commit once, newest first, page by page', async () => {
    const messages: string[] = [];
    let query = 'commitSpecifier=main&limit=2';
    for (let pages = 0; pages < 10; pages += 1) {
      const { commits, nextCursor } = await page(query);
      messages.push(...commits.map((commit: Commit) => commit.message?.trim() ?? ''));
      if (!nextCursor) break;
      query = `limit=2&cursor=${nextCursor}`;
    }
    expect(messages).toEqual(['five', 'three', 'four', 'two', 'one']);
  });

  it('serves a warm page without CodeCommit calls', async () => {
    const pinned = `${repo}/commits?commitSpecifier=${ids.five}&limit=5`;
    await console_.as('reader')(pinned);
    const warm = await console_.as('reader')(pinned);
    expect(warm.headers.get('x-codecommit-calls')).toBe('0');
    expect(warm.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(((await warm.json()) as CommitHistoryPage).commits).toHaveLength(5);
  });

  it('shows each commit once when merged branches share one date, across pages of one', async () => {
    const created = await console_.json('admin', 'POST', '/api/repositories', {
      repositoryName: 'ties',
    });
    const { repository } = (await created.json()) as { repository: { cloneUrlHttp: string } };
    await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, 'ties']);
    const work = path.join(workDir, 'ties');
    process.env.GIT_COMMITTER_DATE = '1700000000 +0000';
    const commit = async (message: string) => {
      await writeFile(path.join(work, `${message}.txt`), message);
      await git(work, ['add', '.']);
      await git(work, ['commit', '--quiet', '-m', message, '--date=1700000000 +0000']);
    };
    await git(work, ['checkout', '--quiet', '-b', 'main']);
    await commit('root');
    await git(work, ['checkout', '--quiet', '-b', 'side']);
    await commit('side');
    await git(work, ['checkout', '--quiet', 'main']);
    for (const message of ['long-1', 'long-2', 'long-3']) await commit(message);
    await git(work, ['merge', '--quiet', '--no-ff', '-m', 'merge', 'side']);
    delete process.env.GIT_COMMITTER_DATE;
    await git(work, ['push', '--quiet', 'origin', 'main']);
    const messages: string[] = [];
    let query = 'commitSpecifier=main&limit=1';
    for (let pages = 0; pages < 10; pages += 1) {
      const response = await console_.as('reader')(`/api/repositories/ties/commits?${query}`);
      const { commits, nextCursor } = (await response.json()) as CommitHistoryPage;
      messages.push(...commits.map((commit) => commit.message?.trim() ?? ''));
      if (!nextCursor) break;
      query = `limit=1&cursor=${nextCursor}`;
    }
    expect(messages[0]).toBe('merge');
    expect([...messages].sort()).toEqual(['long-1', 'long-2', 'long-3', 'merge', 'root', 'side']);
  });

  it("lists one file's history with ListFileCommitHistory", async () => {
    const { commits } = await page('commitSpecifier=main&filePath=a.txt');
    expect(commits.map((commit) => commit.commitId)).toEqual([ids.three, ids.one]);
  });

  it('refuses a forged cursor and a limit over 100 with 400', async () => {
    const forged = await console_.as('reader')(`${repo}/commits?cursor=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { error: string }).error).toMatch(/^cursor: /);
    const tooMany = await console_.as('reader')(`${repo}/commits?limit=101`);
    expect(((await tooMany.json()) as { error: string }).error).toMatch(/^limit: /);
  });
});

describe('one commit and its differences', () => {
  it('reads a commit with its parents and author', async () => {
    const response = await console_.as('reader')(`${repo}/commits/${ids.five}`);
    const { commit } = (await response.json()) as { commit: Commit };
    expect(commit.parents).toEqual([ids.three, ids.four]);
    expect(commit.author?.email).toBe('author@example.com');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });

  it('answers 404 for an unknown commit', async () => {
    const response = await console_.as('reader')(`${repo}/commits/${'0'.repeat(40)}`);
    expect(response.status).toBe(404);
  });

  it('lists the files a commit changed and their line hunks, cached when warm', async () => {
    const path_ = `${repo}/differences?beforeCommitSpecifier=${ids.two}&afterCommitSpecifier=${ids.three}`;
    const response = await console_.as('reader')(path_);
    const { differences } = (await response.json()) as { differences: Difference[] };
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ changeType: 'M', afterBlob: { path: 'a.txt' } });
    const warm = await console_.as('reader')(path_);
    expect(warm.headers.get('x-codecommit-calls')).toBe('0');
    const hunksPath = `${repo}/blob-differences?beforeBlobId=${differences[0]?.beforeBlob?.blobId}&afterBlobId=${differences[0]?.afterBlob?.blobId}`;
    const hunks = (await (await console_.as('reader')(hunksPath)).json()) as BlobDifferences;
    expect(hunks.isBinary).toBe(false);
    const changes = hunks.hunks.flatMap((hunk) => hunk.changes ?? []);
    expect(
      changes.filter((change) => change.type === 'ADD').map((change) => change.content),
    ).toEqual(['more']);
  });

  it('lists a root commit as all added', async () => {
    const response = await console_.as('reader')(
      `${repo}/differences?afterCommitSpecifier=${ids.one}`,
    );
    const { differences } = (await response.json()) as { differences: Difference[] };
    expect(differences).toEqual([
      { afterBlob: expect.objectContaining({ path: 'a.txt' }), changeType: 'A' },
    ]);
  });
});

describe('compare', () => {
  it('finds the merge base with GetMergeCommit and lists what the source changed since', async () => {
    const query = `sourceCommitSpecifier=${ids.four}&destinationCommitSpecifier=${ids.three}`;
    const response = await console_.as('reader')(`${repo}/compare?${query}`);
    expect(response.status).toBe(200);
    const comparison = (await response.json()) as Comparison;
    expect(comparison).toMatchObject({
      sourceCommitId: ids.four,
      destinationCommitId: ids.three,
      baseCommitId: ids.two,
    });
    expect(
      comparison.differences.map((difference) => [
        difference.changeType,
        difference.afterBlob?.path,
      ]),
    ).toEqual([['A', 'c.txt']]);
    const warm = await console_.as('reader')(`${repo}/compare?${query}`);
    expect(warm.headers.get('x-codecommit-calls')).toBe('0');
  });

  it('compares branch names too', async () => {
    const response = await console_.as('reader')(
      `${repo}/compare?sourceCommitSpecifier=main&destinationCommitSpecifier=feature`,
    );
    const comparison = (await response.json()) as Comparison;
    expect(comparison).toMatchObject({
      sourceCommitId: ids.five,
      destinationCommitId: ids.four,
      baseCommitId: ids.four,
    });
    expect(comparison.differences.map((difference) => difference.afterBlob?.path)).toEqual([
      'a.txt',
    ]);
  });
});

describe('what history costs', () => {
  const tips = new Map<string, string>();
  // main: merge <- main-3 <- main-2 <- main-1 <- root and merge <- side-3 <- side-2 <- side-1 <- root,
  // the two sides' dates interleaved so the walk alternates between them; line: six in a row.
  beforeAll(async () => {
    await pushRepository('walks', async (commit, work) => {
      await commit('root', 1700000000);
      await git(work, ['checkout', '--quiet', '-b', 'side']);
      for (const index of [1, 2, 3]) await commit(`side-${index}`, 1700000000 + index * 10);
      await git(work, ['checkout', '--quiet', 'main']);
      for (const index of [1, 2, 3]) await commit(`main-${index}`, 1700000005 + index * 10);
      process.env.GIT_COMMITTER_DATE = '1700000100 +0000';
      await git(work, ['merge', '--quiet', '--no-ff', '-m', 'merge', 'side']);
      delete process.env.GIT_COMMITTER_DATE;
      await git(work, ['checkout', '--quiet', '--orphan', 'line']);
      for (let index = 1; index <= 6; index += 1) await commit(`line-${index}`, 1700000200 + index);
    });
    const listed = await console_.as('reader')('/api/repositories/walks/branches');
    const { branches } = (await listed.json()) as {
      branches: { branchName: string; commitId: string }[];
    };
    for (const branch of branches) tips.set(branch.branchName, branch.commitId);
  });
  const walks = '/api/repositories/walks/commits';

  /** Every page from `path_` on, following cursors as the web app does, and what they asked. */
  async function allPages(user: string, path_: string) {
    operations.take();
    const pages: CommitHistoryPage[] = [];
    let next: string | undefined = path_;
    while (next) {
      const response = await console_.as(user)(next);
      expect(response.status).toBe(200);
      const body = (await response.json()) as CommitHistoryPage;
      pages.push(body);
      next = body.nextCursor ? `${walks}?cursor=${body.nextCursor}` : undefined;
    }
    return {
      pages,
      messages: pages.flatMap((page) => page.commits.map((commit) => commit.message?.trim())),
      asked: operations.take().filter((operation) => operation === 'BatchGetCommits').length,
    };
  }

  it('answers after two round trips down a straight line, and walks on without the page', async () => {
    const first = await costOf('developer', `${walks}?limit=5&commitSpecifier=${tips.get('line')}`);
    // A commit names only its parent: one BatchGetCommits per commit, two before answering.
    expect(first.calls).toBe('2');
    expect(first.body.commits.map((c) => c.message?.trim())).toEqual(['line-6', 'line-5']);
    const rest = await allPages('developer', `${walks}?limit=5&cursor=${first.body.nextCursor}`);
    expect(rest.messages).toEqual(['line-4', 'line-3', 'line-2', 'line-1']);
    // The walk ahead and the pages that follow share their calls: no commit is asked twice.
    expect(rest.asked).toBeLessThanOrEqual(4);
    // Walked once, by anyone allowed: the whole line again costs nothing.
    const again = await allPages('developer', `${walks}?commitSpecifier=${tips.get('line')}`);
    expect(again.messages).toHaveLength(6);
    expect(again.asked).toBe(0);
  });

  it('walks both sides of a merge in the same calls', async () => {
    const walked = await allPages('developer', `${walks}?commitSpecifier=${tips.get('main')}`);
    expect(walked.messages).toEqual([
      'merge',
      'main-3',
      'side-3',
      'main-2',
      'side-2',
      'main-1',
      'side-1',
      'root',
    ]);
    // merge; main-3 + side-3; main-2 + side-2; main-1 + side-1; root: one call per level.
    expect(walked.asked).toBeLessThanOrEqual(5);
  });
});

describe('views by branch name', () => {
  it('cost nothing when warm, and only their GetBranch calls when asked fresh', async () => {
    const fresh = { headers: { 'Cache-Control': 'max-age=0' } };
    const views = [
      [`${repo}/commits?commitSpecifier=main&limit=3`, ['GetBranch']],
      [`${repo}/commits?commitSpecifier=main&filePath=a.txt`, ['GetBranch']],
      [
        `${repo}/differences?beforeCommitSpecifier=feature&afterCommitSpecifier=main`,
        ['GetBranch', 'GetBranch'],
      ],
    ] as const;
    for (const [view, confirmed] of views) {
      await costOf('admin', view);
      const again = await costOf('admin', view);
      expect(again.operations).toEqual([]);
      expect(again.calls).toBe('0');
      const reloaded = await costOf('admin', view, fresh);
      expect(reloaded.operations).toEqual(confirmed);
      expect(reloaded.calls).toBe(String(confirmed.length));
    }
    const differences = await costOf(
      'admin',
      `${repo}/differences?beforeCommitSpecifier=feature&afterCommitSpecifier=main`,
    );
    expect(differences.body.differences?.map((difference) => difference.afterBlob?.path)).toEqual([
      'a.txt',
    ]);
  });
});
