import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BranchesAheadBehind } from '@cc/shared/branches';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';

let console_: TestConsole;
let workDir: string;
const repo = '/api/repositories/diverged';

/** Commits a file change with its own message and date, so the walk's order is known. */
async function commit(work: string, message: string, at: number) {
  await writeFile(path.join(work, `${message}.txt`), `${message}\n`);
  await git(work, ['add', '.']);
  const date = `${at} +0000`;
  process.env.GIT_COMMITTER_DATE = date;
  await git(work, [
    '-c',
    `core.hooksPath=/dev/null`,
    'commit',
    '--quiet',
    '-m',
    message,
    `--date=${date}`,
  ]);
}

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-ahead-behind-'));
  const work = await cloneNewRepository(console_, workDir, 'diverged');
  await commit(work, 'root', 1_700_000_000);
  await commit(work, 'main-1', 1_700_000_100);
  // feature: two commits of its own, then main moves on by three.
  await git(work, ['checkout', '--quiet', '-b', 'feature']);
  await commit(work, 'feature-1', 1_700_000_200);
  await commit(work, 'feature-2', 1_700_000_300);
  await git(work, ['checkout', '--quiet', 'main']);
  for (const [index, at] of [1_700_000_400, 1_700_000_500, 1_700_000_600].entries())
    await commit(work, `main-${index + 2}`, at);
  // merged-in: one commit of its own, then main merged into it.
  await git(work, ['checkout', '--quiet', '-b', 'merged-in', 'feature']);
  await commit(work, 'merged-1', 1_700_000_700);
  process.env.GIT_COMMITTER_DATE = '1700000800 +0000';
  await git(work, ['merge', '--quiet', '--no-edit', 'main']);
  delete process.env.GIT_COMMITTER_DATE;
  // stale: where main was two commits ago.
  await git(work, ['branch', 'stale', 'main~2']);
  await git(work, ['push', '--quiet', 'origin', 'main', 'feature', 'merged-in', 'stale']);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('branches ahead and behind', () => {
  it('counts each branch against the default branch, as git rev-list does', async () => {
    const response = await console_.as('reader')(`${repo}/branches/ahead-behind`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as BranchesAheadBehind;
    expect(body.baseBranchName).toBe('main');
    const byName = Object.fromEntries(body.branches.map((branch) => [branch.branchName, branch]));
    expect(byName.main?.ahead).toBeUndefined();
    expect(byName.main?.tipDate).toMatch(/^1700000600 /);
    expect(byName.feature).toMatchObject({ ahead: 2, behind: 3, truncated: false });
    // feature's two, merged-1 and the merge commit; main is wholly inside it.
    expect(byName['merged-in']).toMatchObject({ ahead: 4, behind: 0 });
    expect(byName.stale).toMatchObject({ ahead: 0, behind: 2 });
  });

  it('compares with another base branch, and a second ask costs no CodeCommit call', async () => {
    const ask = () => console_.as('reader')(`${repo}/branches/ahead-behind?baseBranchName=feature`);
    const first = (await (await ask()).json()) as BranchesAheadBehind;
    expect(first.branches.find((branch) => branch.branchName === 'main')).toMatchObject({
      ahead: 3,
      behind: 2,
    });
    const again = await ask();
    // The tips are reused for a few seconds; the counts are cached by commit-id pair.
    expect(again.headers.get('X-CodeCommit-Calls')).toBe('0');
  });

  it('names a base branch that does not exist', async () => {
    const response = await console_.as('reader')(
      `${repo}/branches/ahead-behind?baseBranchName=nope`,
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/^baseBranchName: nope/);
  });
});
