import { readTree } from './read-tree.ts';
import { TREE_MODE, isTree, type TreeEntry } from './tree-entry.ts';

/** Each cached tree's entries by name, made on its first lookup: folders hold hundreds. */
const byName = new WeakMap<readonly TreeEntry[], Map<string, TreeEntry>>();

function entryNamed(entries: readonly TreeEntry[], name: string): TreeEntry | undefined {
  let names = byName.get(entries);
  if (!names) {
    names = new Map(entries.map((entry) => [entry.name, entry]));
    byName.set(entries, names);
  }
  return names.get(name);
}

/**
 * Finds the entry at a path (segments from parsePath) below a tree; undefined when
 * any part of the path is missing or runs through something that is not a folder.
 * No segments means the tree itself.
 *
 * @example
 * const entry = await findEntry({ gitDir, treeId, path: ['src', 'index.ts'] });
 */
export const findEntry = async ({
  gitDir,
  treeId,
  path,
}: {
  gitDir: string;
  treeId: string;
  path: readonly string[];
}): Promise<TreeEntry | undefined> => {
  let entry: TreeEntry = { mode: TREE_MODE, name: '', oid: treeId };
  for (const name of path) {
    if (!isTree(entry)) return undefined;
    const entries = await readTree({ gitDir, treeId: entry.oid });
    const next = entries && entryNamed(entries, name);
    if (!next) return undefined;
    entry = next;
  }
  return entry;
};
