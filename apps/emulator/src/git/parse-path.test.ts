import { describe, expect, it } from 'vitest';
import { parsePath } from './parse-path.ts';
import { CodeCommitError } from '../protocol/errors.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof CodeCommitError ? error.code : 'not a CodeCommitError';
  }
};

describe('parsePath', () => {
  it('splits paths relative to the root, with or without a leading slash', () => {
    expect(parsePath({ path: 'src/index.ts' })).toEqual(['src', 'index.ts']);
    expect(parsePath({ path: '/src/index.ts' })).toEqual(['src', 'index.ts']);
    expect(parsePath({ path: '/', folder: true })).toEqual([]);
    expect(parsePath({ path: '', folder: true })).toEqual([]);
    expect(parsePath({ path: 'docs/', folder: true })).toEqual(['docs']);
  });

  it.each([
    '../etc/passwd',
    'a/../../b',
    './a',
    'a//b',
    '.git/config',
    'a/.GIT/x',
    'a/.git./x',
    'GIT~1/x',
    'a\0b',
    '/',
    'a/',
  ])('refuses %j with InvalidPathException', (path) => {
    expect(codeOf(() => parsePath({ path }))).toBe('InvalidPathException');
  });

  it('asks for a path when none is given', () => {
    expect(codeOf(() => parsePath({ path: undefined }))).toBe('PathRequiredException');
    expect(codeOf(() => parsePath({ path: '' }))).toBe('PathRequiredException');
  });
});
