import { readObject } from './object-reader.ts';
import { parseTree } from './parse-tree.ts';
import type { TreeEntry } from './tree-entry.ts';

/**
 * Reads a tree's entries; undefined when no tree has that id.
 *
 * @example
 * const entries = await readTree({ gitDir, treeId: commit.treeId });
 */
export const readTree = async ({ gitDir, treeId }: { gitDir: string; treeId: string }): Promise<TreeEntry[] | undefined> => {
  if (!treeId) throw new TypeError('readTree: treeId is required');
  const object = await readObject({ gitDir, name: treeId });
  if (object?.type !== 'tree') return undefined;
  return parseTree({ content: object.content });
};
