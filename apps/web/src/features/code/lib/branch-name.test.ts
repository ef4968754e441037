import { describe, expect, it } from 'vitest';
import { branchNameProblem } from './branch-name.ts';

describe('branchNameProblem', () => {
  it('accepts ordinary names, slashes included', () => {
    expect(branchNameProblem('feature/greet-in-french')).toBeUndefined();
  });

  it('refuses what CodeCommit or git refuse', () => {
    expect(branchNameProblem('')).toMatch(/Enter/);
    expect(branchNameProblem('a'.repeat(257))).toMatch(/256/);
    expect(branchNameProblem('0123456789abcdef0123456789abcdef01234567')).toMatch(/commit id/);
    for (const name of ['has space', 'a..b', 'end/', 'x.lock', 'a:b', '/start'])
      expect(branchNameProblem(name)).toBeDefined();
  });
});
