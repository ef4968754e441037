import { describe, expect, it } from 'vitest';
import { folderEntries, parentPath } from './folder-entries.ts';

describe('folderEntries', () => {
  it('lists folders first, then files and links by natural name order, then submodules', () => {
    const entries = folderEntries({
      files: [
        { absolutePath: 'src/file10.ts', relativePath: 'file10.ts' },
        { absolutePath: 'src/file2.ts', relativePath: 'file2.ts' },
      ],
      symbolicLinks: [{ absolutePath: 'src/link', relativePath: 'link' }],
      subFolders: [
        { absolutePath: 'src/zeta', relativePath: 'zeta' },
        { absolutePath: 'src/alpha', relativePath: 'alpha' },
      ],
      subModules: [{ absolutePath: 'src/vendor', relativePath: 'vendor', commitId: 'abc' }],
    });
    expect(entries.map((entry) => `${entry.kind}:${entry.relativePath}`)).toEqual([
      'folder:alpha',
      'folder:zeta',
      'file:file2.ts',
      'file:file10.ts',
      'symlink:link',
      'submodule:vendor',
    ]);
  });
});

describe('parentPath', () => {
  it('drops the last part', () => {
    expect(parentPath('a/b/c.txt')).toBe('a/b');
    expect(parentPath('c.txt')).toBe('');
  });
});
