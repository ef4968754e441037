import { readObject } from './object-reader.ts';
import { parseCommit, type GitCommit } from './parse-commit.ts';
import { isObjectId } from './object-id.ts';
import { hasForbiddenRefCharacter } from './has-forbidden-ref-character.ts';
import { LruCache } from './lru-cache.ts';
import { readRef } from './read-ref.ts';

// What an object id peels to never changes: a commit (or tag) id read from a ref costs no
// git round trip the second time.
const commits = new LruCache<string, GitCommit>({ maxWeight: 20_000 });

/** The commit `name` names, with refs read from their files and commits kept by id. */
async function readCommit(gitDir: string, name: string): Promise<GitCommit | undefined> {
  const oid = isObjectId(name) ? name : readRef({ gitDir, ref: name });
  const key = oid === undefined ? undefined : `${gitDir}\0${oid}`;
  const kept = key === undefined ? undefined : commits.get(key);
  if (kept) return kept;
  // A commit id is read from the repository's files; anything else (a tag to peel) by git.
  const direct = oid === undefined ? undefined : await readObject({ gitDir, name: oid });
  const object =
    direct?.type === 'commit'
      ? direct
      : await readObject({ gitDir, name: `${oid ?? name}^{commit}` });
  if (!object) return undefined;
  const commit = parseCommit({ commitId: object.oid, content: object.content });
  if (key !== undefined) commits.set(key, commit);
  return commit;
}

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
    const commit = await readCommit(gitDir, name);
    if (commit) return commit;
  }
  return undefined;
};
