import { readObject } from './object-reader.ts';
import { parseTree } from './parse-tree.ts';
import { LruCache } from './lru-cache.ts';
import type { TreeEntry } from './tree-entry.ts';

// Trees never change for an id, so walking the same folders again costs no git round trip.
const cache = new LruCache<string, TreeEntry[]>({
  maxWeight: 200_000,
  weigh: (entries) => entries.length + 1,
});

/**
 * Reads a tree's entries; undefined when no tree has that id.
 *
 * @example
 * const entries = await readTree({ gitDir, treeId: commit.treeId });
 */
export const readTree = async ({
  gitDir,
  treeId,
}: {
  gitDir: string;
  treeId: string;
}): Promise<TreeEntry[] | undefined> => {
  if (!treeId) throw new TypeError('readTree: treeId is required');
  const key = `${gitDir}\0${treeId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const object = await readObject({ gitDir, name: treeId });
  if (object?.type !== 'tree') return undefined;
  const entries = parseTree({ content: object.content });
  cache.set(key, entries);
  return entries;
};
