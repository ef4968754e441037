import { readObject } from './object-reader.ts';
import { parseCommit, type GitCommit } from './parse-commit.ts';
import { isObjectId } from './object-id.ts';

/**
 * Reads a commit by its full id; undefined when the id names no commit.
 *
 * @example
 * const commit = await readCommit({ gitDir, commitId });
 */
export const readCommit = async ({
  gitDir,
  commitId,
}: {
  gitDir: string;
  commitId: string;
}): Promise<GitCommit | undefined> => {
  if (!isObjectId(commitId)) return undefined;
  const object = await readObject({ gitDir, name: commitId });
  if (object?.type !== 'commit') return undefined;
  return parseCommit({ commitId: object.oid, content: object.content });
};
