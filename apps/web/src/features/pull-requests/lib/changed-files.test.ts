import { describe, expect, it } from 'vitest';
import { toChangedFiles, toTreeRows } from './changed-files.ts';

const differences = [
  {
    changeType: 'M',
    beforeBlob: { blobId: 'b1', path: 'src/x/deep.ts' },
    afterBlob: { blobId: 'a1', path: 'src/x/deep.ts' },
  },
  { changeType: 'A', afterBlob: { blobId: 'a2', path: 'src/app.ts' } },
  { changeType: 'D', beforeBlob: { blobId: 'b3', path: 'README.md' } },
  {
    changeType: 'M',
    beforeBlob: { blobId: 'b4', path: 'old/name.ts' },
    afterBlob: { blobId: 'a4', path: 'src/name.ts' },
  },
];

describe('changed files', () => {
  it('orders files as a tree, with folder rows above their files', () => {
    const files = toChangedFiles(differences);
    expect(files.map((file) => file.path)).toEqual([
      'README.md',
      'src/app.ts',
      'src/name.ts',
      'src/x/deep.ts',
    ]);
    expect(files[2]).toMatchObject({ beforePath: 'old/name.ts', afterBlobId: 'a4' });
    expect(files[0]).toMatchObject({ changeType: 'D', beforeBlobId: 'b3', afterBlobId: undefined });
    const rows = toTreeRows(files).map(
      (row) => `${'  '.repeat(row.depth)}${row.kind === 'folder' ? `${row.name}/` : row.name}`,
    );
    expect(rows).toEqual(['README.md', 'src/', '  app.ts', '  name.ts', '  x/', '    deep.ts']);
  });

  it('filters by path and keeps each file its index for moving between files', () => {
    const rows = toTreeRows(toChangedFiles(differences), 'DEEP');
    expect(rows).toEqual([
      { kind: 'folder', path: 'src', name: 'src', depth: 0 },
      { kind: 'folder', path: 'src/x', name: 'x', depth: 1 },
      expect.objectContaining({ kind: 'file', name: 'deep.ts', index: 3 }),
    ]);
  });
});
