import { diffTrees } from './diff-trees.ts';
import { editTree, GITKEEP } from './edit-tree.ts';
import { findEntry } from './find-entry.ts';
import { isTree, NORMAL_MODE } from './tree-entry.ts';
import { writeBlob } from './write-blob.ts';

type Presence = 'folder' | 'missing' | 'other';

/**
 * `afterTreeId` with an empty `.gitkeep` in each folder of `beforeTreeId` that the changes
 * between the two trees emptied away, deepest folders only (a folder that keeps a sub-folder is
 * not empty). A folder that became a file stays a file. This is keepEmptyFolders for a merge,
 * whose tree git builds as a whole rather than edit by edit.
 *
 * @example
 * const treeId = await keepEmptiedFolders({ gitDir, beforeTreeId: destination.treeId, afterTreeId: merged });
 */
export const keepEmptiedFolders = async ({
  gitDir,
  beforeTreeId,
  afterTreeId,
}: {
  gitDir: string;
  beforeTreeId: string;
  afterTreeId: string;
}): Promise<string> => {
  const folders = new Set<string>();
  for (const difference of await diffTrees({ gitDir, beforeTreeId, afterTreeId })) {
    if (difference.changeType !== 'D' || !difference.beforeBlob) continue;
    const segments = difference.beforeBlob.path.split('/');
    for (let depth = 1; depth < segments.length; depth += 1)
      folders.add(segments.slice(0, depth).join('/'));
  }
  const presence = new Map<string, Presence>();
  for (const folder of folders) {
    const entry = await findEntry({ gitDir, treeId: afterTreeId, path: folder.split('/') });
    presence.set(folder, entry ? (isTree(entry) ? 'folder' : 'other') : 'missing');
  }
  // A folder under a path that is now a file is gone with it, not emptied.
  const underFile = (folder: string): boolean =>
    [...presence].some(([other, state]) => state === 'other' && folder.startsWith(`${other}/`));
  const emptied = [...presence]
    .filter(([folder, state]) => state === 'missing' && !underFile(folder))
    .map(([folder]) => folder);
  const deepest = emptied.filter(
    (folder) => !emptied.some((other) => other.startsWith(`${folder}/`)),
  );
  if (deepest.length === 0) return afterTreeId;
  const oid = await writeBlob({ gitDir, content: Buffer.alloc(0) });
  return editTree({
    gitDir,
    treeId: afterTreeId,
    changes: deepest.map((folder) => ({
      path: [...folder.split('/'), GITKEEP],
      entry: { mode: NORMAL_MODE, oid },
    })),
  });
};
