import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeCommitError } from '../protocol/errors.ts';
import { commitChanges } from './commit-changes.ts';
import { editTree } from './edit-tree.ts';
import { findEntry } from './find-entry.ts';
import { readBranch } from './read-branch.ts';
import { readCommit } from './read-commit.ts';
import { writeBlob } from './write-blob.ts';
import { closeObjectReader } from './object-reader.ts';
import { NORMAL_MODE, SYMLINK_MODE } from './tree-entry.ts';

let dataDir: string;
let gitDir: string;
const author = { name: 'Test Author', email: 'author@example.com' };
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args]).toString();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'git-layer-'));
  gitDir = join(dataDir, 'repo.git');
  execFileSync('git', ['init', '--quiet', '--bare', gitDir]);
});

afterAll(async () => {
  closeObjectReader({ gitDir });
  await rm(dataDir, { recursive: true, force: true });
});

const put = async (treeId: string | undefined, path: string, text: string) => {
  const oid = await writeBlob({ gitDir, content: Buffer.from(text) });
  return editTree({
    gitDir,
    treeId,
    changes: [{ path: path.split('/'), entry: { mode: NORMAL_MODE, oid } }],
  });
};

describe('the git layer', () => {
  it('stores blobs under the id git hash-object computes', async () => {
    const content = Buffer.from('binary \0 and text\n');
    const blobId = await writeBlob({ gitDir, content });
    expect(blobId).toBe(
      execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim(),
    );
  });

  it('builds trees touching only the changed paths and drops emptied folders, or keeps them with a .gitkeep', async () => {
    const first = await put(undefined, 'docs/guide/intro.md', '# Intro\n');
    const second = await put(first, 'src/main.ts', 'export {};\n');
    expect(git('ls-tree', '-r', '--name-only', second).trim().split('\n')).toEqual([
      'docs/guide/intro.md',
      'src/main.ts',
    ]);
    const docs = await findEntry({ gitDir, treeId: first, path: ['docs'] });
    expect((await findEntry({ gitDir, treeId: second, path: ['docs'] }))?.oid).toBe(docs?.oid);
    const removed = await editTree({
      gitDir,
      treeId: second,
      changes: [{ path: ['docs', 'guide', 'intro.md'], entry: null }],
    });
    expect(git('ls-tree', '--name-only', removed).trim()).toBe('src');
    const kept = await editTree({
      gitDir,
      treeId: second,
      changes: [{ path: ['docs', 'guide', 'intro.md'], entry: null }],
      keepEmptyFolders: true,
    });
    expect(git('ls-tree', '-r', '-t', '--name-only', kept).trim().split('\n')).toEqual([
      'docs',
      'docs/guide',
      'docs/guide/.gitkeep',
      'src',
      'src/main.ts',
    ]);
  });

  it('refuses a file where a folder is and a folder where a file is', async () => {
    const tree = await put(undefined, 'a/b.txt', 'b\n');
    await expect(put(tree, 'a', 'x')).rejects.toMatchObject({
      code: 'FileNameConflictsWithDirectoryNameException',
    });
    await expect(put(tree, 'a/b.txt/c', 'x')).rejects.toMatchObject({
      code: 'DirectoryNameConflictsWithFileNameException',
    });
    await expect(
      editTree({ gitDir, treeId: tree, changes: [{ path: ['a', 'nope'], entry: null }] }),
    ).rejects.toBeInstanceOf(CodeCommitError);
  });

  it('refuses metadata files that git fsck --strict would flag', async () => {
    const link = await writeBlob({ gitDir, content: Buffer.from('elsewhere') });
    for (const name of ['.gitignore', '.GitModules', '.gitattributes.', 'GITMOD~1', '.mailmap']) {
      await expect(
        editTree({
          gitDir,
          treeId: undefined,
          changes: [{ path: ['sub', name], entry: { mode: SYMLINK_MODE, oid: link } }],
        }),
      ).rejects.toMatchObject({
        code: 'InvalidFileModeException',
      });
    }
    const unsafe = [
      '[submodule "a"]\n\tpath = -x\n',
      '[submodule "a"]\n\turl = --upload-pack=evil\n',
      '[submodule "../a"]\n\turl = https://example.com/a\n',
    ];
    for (const text of unsafe) {
      await expect(put(undefined, '.gitmodules', text)).rejects.toMatchObject({
        code: 'InvalidPathException',
      });
    }
    await expect(
      put(
        undefined,
        '.gitmodules',
        '[submodule "lib"]\n\tpath = lib\n\turl = https://example.com/lib.git\n',
      ),
    ).resolves.toMatch(/^[0-9a-f]{40}$/);
  });

  it('lets exactly one of several writers racing from the same parent move the branch', async () => {
    const treeId = await put(undefined, 'README.md', 'start\n');
    const base = await commitChanges({
      gitDir,
      branchName: 'race',
      parent: undefined,
      treeId,
      message: 'start',
      author,
    });
    const parent = await readCommit({ gitDir, commitId: base });
    const writers = Array.from({ length: 6 }, async (_, index) => {
      const next = await put(parent?.treeId, 'README.md', `writer ${index}\n`);
      return commitChanges({
        gitDir,
        branchName: 'race',
        parent,
        treeId: next,
        message: `writer ${index}`,
        author,
      });
    });
    const results = await Promise.allSettled(writers);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(
      Array(5).fill('ParentCommitIdOutdatedException'),
    );
    expect(await readBranch({ gitDir, branchName: 'race' })).toBe(
      (won[0] as PromiseFulfilledResult<string>).value,
    );
    expect(git('rev-list', '--count', 'race').trim()).toBe('2');
  });

  it('leaves a repository that git fsck --strict accepts', () => {
    expect(() => git('fsck', '--strict', '--no-dangling')).not.toThrow();
  });
});
