import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeObjectReader } from './object-reader.ts';
import { readRef } from './read-ref.ts';
import { resolveCommit } from './resolve-commit.ts';

let dataDir: string;
let gitDir: string;
const commits: string[] = [];
const git = (...args: string[]) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  })
    .toString()
    .trim();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'read-ref-'));
  gitDir = join(dataDir, 'repo.git');
  execFileSync('git', ['init', '--quiet', '--bare', gitDir]);
  const tree = git('mktree');
  for (let index = 0; index < 3; index += 1) {
    const parents = commits.length > 0 ? ['-p', commits.at(-1)!] : [];
    commits.push(git('commit-tree', tree, ...parents, '-m', `commit ${index}`));
  }
});

afterAll(async () => {
  closeObjectReader({ gitDir });
  await rm(dataDir, { recursive: true, force: true });
});

describe('readRef', () => {
  it('reads loose refs, then packed ones, and sees every move git makes', async () => {
    git('update-ref', 'refs/heads/main', commits[0]!);
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBe(commits[0]);
    git('pack-refs', '--all');
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBe(commits[0]);
    // A move writes a loose ref over the packed one; packing again drops the loose one.
    git('update-ref', 'refs/heads/main', commits[1]!);
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBe(commits[1]);
    git('pack-refs', '--all');
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBe(commits[1]);
    git('update-ref', 'refs/heads/main', commits[2]!);
    git('pack-refs', '--all');
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBe(commits[2]);
    expect(
      (await resolveCommit({ gitDir, specifier: 'main', defaultBranch: 'main' }))?.commitId,
    ).toBe(commits[2]);
    git('update-ref', '-d', 'refs/heads/main');
    expect(readRef({ gitDir, ref: 'refs/heads/main' })).toBeUndefined();
    expect(
      await resolveCommit({ gitDir, specifier: 'main', defaultBranch: 'main' }),
    ).toBeUndefined();
  });

  it('leaves what is not a plain ref name to git', () => {
    git('update-ref', 'refs/heads/feature/one', commits[0]!);
    expect(readRef({ gitDir, ref: 'refs/heads/feature/one' })).toBe(commits[0]);
    for (const ref of [
      'refs/heads/feature',
      'refs/heads/feature/./one',
      'refs/heads/../HEAD',
      'refs/heads/.hidden',
      'refs/heads/x.lock',
      'refs/heads//one',
      'HEAD',
    ]) {
      expect(readRef({ gitDir, ref }), ref).toBeUndefined();
    }
  });
});
