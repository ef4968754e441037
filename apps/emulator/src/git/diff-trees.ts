import { runGit } from './run-git.ts';
import { LruCache } from './lru-cache.ts';

export const EMPTY_TREE_ID = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface BlobSide {
  blobId: string;
  path: string;
  mode: string;
}

/** One changed path, in CodeCommit's Difference form: A (added), M (modified) or D (deleted). */
export interface TreeDifference {
  changeType: 'A' | 'M' | 'D';
  beforeBlob?: BlobSide;
  afterBlob?: BlobSide;
}

const cache = new LruCache<string, TreeDifference[]>({
  maxWeight: 500_000,
  weigh: (differences) => differences.length + 1,
});

const parse = (output: string): TreeDifference[] => {
  const fields = output.split('\0');
  const differences: TreeDifference[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [beforeMode = '', afterMode = '', beforeId = '', afterId = '', status = ''] = (
      fields[index] ?? ''
    )
      .slice(1)
      .split(' ');
    const path = fields[index + 1] ?? '';
    const beforeBlob = { blobId: beforeId, path, mode: beforeMode };
    const afterBlob = { blobId: afterId, path, mode: afterMode };
    if (status === 'A') differences.push({ changeType: 'A', afterBlob });
    else if (status === 'D') differences.push({ changeType: 'D', beforeBlob });
    else differences.push({ changeType: 'M', beforeBlob, afterBlob });
  }
  return differences;
};

/**
 * Every file that differs between two trees (`git diff-tree -r -z --no-renames`), in git's
 * path order, optionally only below the given paths (taken literally, never as globs).
 * No before tree means the empty tree: every file is added.
 *
 * @example
 * const differences = await diffTrees({ gitDir, beforeTreeId: parent.treeId, afterTreeId: commit.treeId });
 */
export const diffTrees = async ({
  gitDir,
  beforeTreeId = EMPTY_TREE_ID,
  afterTreeId,
  paths = [],
}: {
  gitDir: string;
  beforeTreeId?: string;
  afterTreeId: string;
  paths?: readonly string[];
}): Promise<TreeDifference[]> => {
  if (!afterTreeId) throw new TypeError('diffTrees: afterTreeId is required');
  const key = JSON.stringify([gitDir, beforeTreeId, afterTreeId, paths]);
  const cached = cache.get(key);
  if (cached) return cached;
  const output = await runGit({
    gitDir,
    args: [
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--no-ext-diff',
      beforeTreeId,
      afterTreeId,
      '--',
      ...paths,
    ],
    env: { GIT_LITERAL_PATHSPECS: '1' },
  });
  const differences = parse(output.toString());
  cache.set(key, differences);
  return differences;
};
