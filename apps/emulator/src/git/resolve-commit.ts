import { readObject } from './object-reader.ts';
import { parseCommit, type GitCommit } from './parse-commit.ts';
import { isObjectId } from './object-id.ts';
import { hasForbiddenRefCharacter } from './has-forbidden-ref-character.ts';

/** Whether a commit specifier is well formed: no revision syntax, no control characters. */
export const isCommitSpecifier = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= 1024 &&
  !hasForbiddenRefCharacter({ name: value }) &&
  !value.includes('..') &&
  !value.includes('@{');

/**
 * Resolves what CodeCommit calls a commit specifier (a full commit id, a branch name,
 * a tag name, HEAD, or a fully qualified reference) to a commit; undefined when nothing
 * matches. HEAD and an absent specifier mean the repository's default branch.
 *
 * @example
 * const commit = await resolveCommit({ gitDir, specifier: 'main', defaultBranch: 'main' });
 */
export const resolveCommit = async ({
  gitDir,
  specifier,
  defaultBranch,
}: {
  gitDir: string;
  specifier: string | undefined;
  defaultBranch: string | undefined;
}): Promise<GitCommit | undefined> => {
  if (specifier !== undefined && !isCommitSpecifier(specifier)) return undefined;
  const names: string[] = [];
  if (specifier === undefined || specifier === 'HEAD') {
    names.push(defaultBranch ? `refs/heads/${defaultBranch}` : 'HEAD');
  } else {
    if (isObjectId(specifier)) names.push(specifier);
    names.push(`refs/heads/${specifier}`, `refs/tags/${specifier}`);
    if (specifier.startsWith('refs/')) names.push(specifier);
  }
  for (const name of names) {
    const object = await readObject({ gitDir, name: `${name}^{commit}` });
    if (object) return parseCommit({ commitId: object.oid, content: object.content });
  }
  return undefined;
};
