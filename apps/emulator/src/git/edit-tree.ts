import { fail } from '../protocol/errors.ts';
import { readTree } from './read-tree.ts';
import { writeTree } from './write-tree.ts';
import { checkGitMetadataFile } from './check-git-metadata-file.ts';
import { NORMAL_MODE, TREE_MODE, isSubmodule, isTree, type TreeEntry } from './tree-entry.ts';
import { writeBlob } from './write-blob.ts';

/** The file that keeps an otherwise empty folder in git, which stores no empty folders. */
export const GITKEEP = '.gitkeep';

/** Put a blob at a path (entry) or delete the file at a path (entry null). */
export interface TreeChange {
  path: readonly string[];
  entry: { mode: string; oid: string } | null;
  /** Put the entry (a blob or a whole folder) over whatever is at the path, a folder included. */
  replace?: boolean;
}

interface Located {
  change: TreeChange;
  depth: number;
}

const EMPTY_TREE_ID = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const shown = (located: Located): string => located.change.path.join('/');

/** A folder that holds only an empty `.gitkeep`: what CodeCommit leaves where keepEmptyFolders keeps a folder. */
export const keptFolder = async (gitDir: string): Promise<string> =>
  writeTree({
    gitDir,
    entries: [
      {
        mode: NORMAL_MODE,
        name: GITKEEP,
        oid: await writeBlob({ gitDir, content: Buffer.alloc(0) }),
      },
    ],
  });

const applyChanges = async (
  gitDir: string,
  treeId: string | undefined,
  changes: readonly Located[],
  keepEmptyFolders: boolean,
): Promise<string> => {
  const entries = new Map<string, TreeEntry>();
  for (const entry of (treeId ? await readTree({ gitDir, treeId }) : undefined) ?? [])
    entries.set(entry.name, entry);
  const byName = new Map<string, Located[]>();
  for (const located of changes) {
    const name = located.change.path[located.depth] ?? '';
    byName.set(name, [...(byName.get(name) ?? []), located]);
  }
  for (const [name, group] of byName) {
    const existing = entries.get(name);
    const leaf = group.find((located) => located.depth === located.change.path.length - 1);
    if (leaf) {
      if (group.length > 1)
        fail('PutFileEntryConflictException', `The path ${shown(leaf)} is named more than once.`);
      const { entry } = leaf.change;
      if (existing && isSubmodule(existing)) {
        fail(
          'FilePathConflictsWithSubmodulePathException',
          `The path ${shown(leaf)} is a submodule.`,
        );
      }
      if (entry === null) {
        if (!existing || isTree(existing))
          fail('FileDoesNotExistException', `The file ${shown(leaf)} does not exist.`);
        entries.delete(name);
      } else {
        if (existing && isTree(existing) && !leaf.change.replace) {
          fail(
            'FileNameConflictsWithDirectoryNameException',
            `The file name ${shown(leaf)} is already a folder name.`,
          );
        }
        if (entry.mode !== TREE_MODE)
          await checkGitMetadataFile({ gitDir, name, mode: entry.mode, blobId: entry.oid });
        entries.set(name, { mode: entry.mode, name, oid: entry.oid });
      }
      continue;
    }
    const deeper = group.map((located) => ({ ...located, depth: located.depth + 1 }));
    const first = group[0] as Located;
    if (existing && isSubmodule(existing)) {
      fail(
        'FilePathConflictsWithSubmodulePathException',
        `The path ${shown(first)} is inside a submodule.`,
      );
    }
    if (existing && !isTree(existing)) {
      const put = group.find((located) => located.change.entry !== null);
      if (put)
        fail(
          'DirectoryNameConflictsWithFileNameException',
          `The folder in ${shown(put)} is already a file name.`,
        );
      fail('FileDoesNotExistException', `The file ${shown(first)} does not exist.`);
    }
    if (!existing && group.every((located) => located.change.entry === null)) {
      fail('FileDoesNotExistException', `The file ${shown(first)} does not exist.`);
    }
    let subtreeId = await applyChanges(gitDir, existing?.oid, deeper, keepEmptyFolders);
    if (subtreeId === EMPTY_TREE_ID && keepEmptyFolders) subtreeId = await keptFolder(gitDir);
    if (subtreeId === EMPTY_TREE_ID) entries.delete(name);
    else entries.set(name, { mode: TREE_MODE, name, oid: subtreeId });
  }
  return writeTree({ gitDir, entries: [...entries.values()] });
};

/**
 * Builds a new tree from a base tree with files put or deleted, reading and rewriting only
 * the folders on the changed paths. Folders the changes leave empty disappear; with
 * keepEmptyFolders each keeps an empty `.gitkeep` file instead, as on CodeCommit.
 * Conflicts answer CodeCommit's exceptions (FileNameConflictsWithDirectoryNameException,
 * DirectoryNameConflictsWithFileNameException, FilePathConflictsWithSubmodulePathException,
 * FileDoesNotExistException, PutFileEntryConflictException).
 *
 * @example
 * const treeId = await editTree({ gitDir, treeId: parent.treeId, changes: [{ path: ['a.txt'], entry: { mode: '100644', oid } }] });
 */
export const editTree = async ({
  gitDir,
  treeId,
  changes,
  keepEmptyFolders = false,
}: {
  gitDir: string;
  treeId: string | undefined;
  changes: readonly TreeChange[];
  keepEmptyFolders?: boolean;
}): Promise<string> => {
  if (changes.some((change) => change.path.length === 0))
    throw new TypeError('editTree: every change needs a path');
  return applyChanges(
    gitDir,
    treeId,
    changes.map((change) => ({ change, depth: 0 })),
    keepEmptyFolders,
  );
};
