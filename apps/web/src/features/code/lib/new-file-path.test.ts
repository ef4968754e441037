import { describe, expect, it } from 'vitest';
import { fileNameProblem, joinPath } from './new-file-path.ts';

describe('joinPath', () => {
  it('joins a folder and a name that may hold subfolders', () => {
    expect(joinPath('', 'README.md')).toBe('README.md');
    expect(joinPath('docs', 'guides/setup.md')).toBe('docs/guides/setup.md');
  });
});

describe('fileNameProblem', () => {
  it('refuses empty, folder-like, escaping and existing names', () => {
    const existing = new Set(['index.js', 'lib']);
    expect(fileNameProblem(' ', existing)).toMatch(/Enter/);
    expect(fileNameProblem('notes/', existing)).toMatch(/end/);
    expect(fileNameProblem('../x', existing)).toMatch(/plain/);
    expect(fileNameProblem('.git/config', existing)).toMatch(/\.git/);
    expect(fileNameProblem('index.js', existing)).toMatch(/exists/);
  });

  it('accepts new names, also inside an existing folder', () => {
    const existing = new Set(['lib']);
    expect(fileNameProblem('new.ts', existing)).toBeUndefined();
    expect(fileNameProblem('lib/new.ts', existing)).toBeUndefined();
  });
});
