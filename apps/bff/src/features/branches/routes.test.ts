import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Branch, GitTag } from '@cc/shared/branches';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';

let console_: TestConsole;
let workDir: string;
let first: string;
let second: string;
const repo = '/api/repositories/refs';

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-refs-'));
  const work = await cloneNewRepository(console_, workDir, 'refs');
  await writeFile(path.join(work, 'a.txt'), 'one\n');
  await git(work, ['add', '.']);
  await git(work, ['commit', '--quiet', '-m', 'one']);
  first = await git(work, ['rev-parse', 'HEAD']);
  await git(work, ['tag', 'v1.0']);
  await writeFile(path.join(work, 'a.txt'), 'two\n');
  await git(work, ['commit', '--quiet', '-am', 'two']);
  second = await git(work, ['rev-parse', 'HEAD']);
  await git(work, ['tag', '-a', 'v2.0', '-m', 'Release two']);
  await git(work, ['push', '--quiet', 'origin', 'main', '--tags']);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

async function branches(): Promise<Branch[]> {
  const response = await console_.as('reader')(`${repo}/branches`);
  return ((await response.json()) as { branches: Branch[] }).branches;
}

describe('branches', () => {
  it('creates a branch from a tag, a commit id and a branch, with slashes in its name', async () => {
    for (const [branchName, commitSpecifier, expected] of [
      ['release/1', 'v1.0', () => first],
      ['pinned', first, () => first],
      ['feature/x', 'main', () => second],
    ] as const) {
      const response = await console_.json('developer', 'POST', `${repo}/branches`, {
        branchName,
        commitSpecifier,
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ branch: { branchName, commitId: expected() } });
    }
    expect((await branches()).map((branch) => branch.branchName)).toEqual([
      'feature/x',
      'main',
      'pinned',
      'release/1',
    ]);
  });

  it('refuses a 40-hex branch name and an existing one', async () => {
    const hex = await console_.json('developer', 'POST', `${repo}/branches`, {
      branchName: first,
      commitSpecifier: 'main',
    });
    expect(hex.status).toBe(400);
    expect(((await hex.json()) as { error: string }).error).toMatch(/^branchName: /);
    const again = await console_.json('developer', 'POST', `${repo}/branches`, {
      branchName: 'pinned',
      commitSpecifier: 'main',
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('BranchNameExistsException');
  });

  it('sets the default branch and will not delete it', async () => {
    const changed = await console_.json('admin', 'PATCH', '/api/repositories/refs', {
      defaultBranchName: 'feature/x',
    });
    expect(
      ((await changed.json()) as { repository: { defaultBranch: string } }).repository
        .defaultBranch,
    ).toBe('feature/x');
    const refused = await console_.json('admin', 'DELETE', `${repo}/branches/feature/x`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe(
      'DefaultBranchCannotBeDeletedException',
    );
    await console_.json('admin', 'PATCH', '/api/repositories/refs', { defaultBranchName: 'main' });
  });

  it('deletes a branch whose name holds a slash', async () => {
    const deleted = await console_.json('developer', 'DELETE', `${repo}/branches/release/1`);
    expect(await deleted.json()).toEqual({ branch: { branchName: 'release/1', commitId: first } });
    expect((await branches()).map((branch) => branch.branchName)).not.toContain('release/1');
  });

  it("refuses the reader's branch with AWS's message", async () => {
    const refused = await console_.json('reader', 'POST', `${repo}/branches`, {
      branchName: 'mine',
      commitSpecifier: 'main',
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain(
      'codecommit:CreateBranch',
    );
  });
});

describe('git tags', () => {
  it("lists lightweight and annotated tags through git's protocol, signed like the credential helper", async () => {
    const response = await console_.as('reader')(`${repo}/git-tags`);
    expect(response.status).toBe(200);
    const { tags } = (await response.json()) as { tags: GitTag[] };
    expect(tags.map(({ tagName, commitId }) => ({ tagName, commitId }))).toEqual([
      { tagName: 'v1.0', commitId: first },
      { tagName: 'v2.0', commitId: second },
    ]);
    expect(tags[0]?.objectId).toBe(first);
    expect(tags[1]?.objectId).not.toBe(second);
  });

  it('reuses the tags for a few seconds, and asks again when asked fresh', async () => {
    const calls = async (init?: RequestInit) => {
      const response = await console_.as('reader')(`${repo}/git-tags`, init);
      expect(response.status).toBe(200);
      return response.headers.get('x-codecommit-calls');
    };
    await calls();
    expect(await calls()).toBe('0');
    // Only info/refs: the clone URL, from GetRepository, lasts as long as the name.
    expect(await calls({ headers: { 'Cache-Control': 'no-cache' } })).toBe('1');
  });
});

describe('every ref at once', () => {
  it('lists branches and tags with one request to git, however many branches there are', async () => {
    for (const branchName of ['topic/a', 'topic/b', 'topic/c'])
      await console_.json('developer', 'POST', `${repo}/branches`, {
        branchName,
        commitSpecifier: 'v1.0',
      });
    const fresh = { headers: { 'Cache-Control': 'no-cache' } };
    await console_.as('developer')(`${repo}/branches`);
    const listed = await console_.as('developer')(`${repo}/branches`, fresh);
    expect(listed.headers.get('x-codecommit-calls')).toBe('1');
    const { branches } = (await listed.json()) as { branches: Branch[] };
    expect(branches).toEqual(
      expect.arrayContaining([
        { branchName: 'main', commitId: second },
        { branchName: 'topic/a', commitId: first },
        { branchName: 'topic/c', commitId: first },
      ]),
    );
    // The same advertisement serves the tags, and every tip it named serves a view by branch.
    const tags = await console_.as('developer')(`${repo}/git-tags`);
    expect(tags.headers.get('x-codecommit-calls')).toBe('0');
    const folder = await console_.as('developer')(`${repo}/folder?commitSpecifier=topic/b`);
    // No GetBranch, and the folder at that commit was read when the branches were made from v1.0.
    expect(folder.headers.get('x-codecommit-calls')).toBe('0');
    expect(((await folder.json()) as { commitId: string }).commitId).toBe(first);
  });

  it('ends the reuse when a branch moves through the console', async () => {
    await console_.as('developer')(`${repo}/branches`);
    await console_.json('developer', 'DELETE', `${repo}/branches/topic/a`);
    const listed = await console_.as('developer')(`${repo}/branches`);
    expect(listed.headers.get('x-codecommit-calls')).toBe('1');
    const { branches } = (await listed.json()) as { branches: Branch[] };
    expect(branches.map((branch) => branch.branchName)).not.toContain('topic/a');
  });
});
