import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkBranchName } from './check-branch-name.ts';

const gitAccepts = (name: string): boolean => {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('checkBranchName', () => {
  it.each(['main', 'feature/login', 'release-1.0', 'a.b', 'user@host', 'ünïcode'])(
    'accepts %j as git does',
    (name) => {
      expect(checkBranchName({ branchName: name })).toBe(true);
      expect(gitAccepts(name)).toBe(true);
    },
  );

  it.each([
    '',
    'a..b',
    'a b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    '/a',
    'a/',
    'a//b',
    'a.',
    '.a',
    'a/.b',
    'a.lock',
    'a@{1}',
    '-a',
    'a\tb',
  ])('refuses %j as git does', (name) => {
    expect(checkBranchName({ branchName: name })).toBe(false);
    expect(gitAccepts(name)).toBe(false);
  });

  it('refuses names git reads as revisions rather than branches', () => {
    expect(checkBranchName({ branchName: '@' })).toBe(false);
    expect(checkBranchName({ branchName: 'HEAD' })).toBe(false);
  });

  it('refuses 40 hexadecimal characters and more than 256 characters', () => {
    expect(checkBranchName({ branchName: 'a'.repeat(40) })).toBe(false);
    expect(checkBranchName({ branchName: 'a'.repeat(39) })).toBe(true);
    expect(checkBranchName({ branchName: 'b'.repeat(257) })).toBe(false);
    expect(checkBranchName({ branchName: 'b'.repeat(256) })).toBe(true);
  });
});
