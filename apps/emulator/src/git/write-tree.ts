import { runGit } from './run-git.ts';
import { SUBMODULE_MODE, TREE_MODE, type TreeEntry } from './tree-entry.ts';

const typeOf = (mode: string): string =>
  mode === TREE_MODE ? 'tree' : mode === SUBMODULE_MODE ? 'commit' : 'blob';

/**
 * Writes a tree object from its entries (`git mktree -z`, which sorts them and checks
 * that every referenced object exists) and returns its id.
 *
 * @example
 * const treeId = await writeTree({ gitDir, entries: [{ mode: '100644', name: 'a.txt', oid: blobId }] });
 */
export const writeTree = async ({
  gitDir,
  entries,
}: {
  gitDir: string;
  entries: readonly TreeEntry[];
}): Promise<string> => {
  const input = entries
    .map((entry) => `${entry.mode} ${typeOf(entry.mode)} ${entry.oid}\t${entry.name}\0`)
    .join('');
  const args = entries.some((entry) => entry.mode === SUBMODULE_MODE)
    ? ['mktree', '-z', '--missing']
    : ['mktree', '-z'];
  const output = await runGit({ gitDir, args, input });
  return output.toString().trim();
};
