/** One choice of the ref selector: a branch, a tag, or a commit id typed in. */
export type RefOption = { kind: 'branch' | 'tag' | 'commit'; name: string };

/** How many branches and tags are listed at once; typing narrows the rest. */
export const MAX_LISTED_REFS = 100;

/** Hexadecimal digits that may be a commit id, full or abbreviated (git's shortest is 4). */
export const looksLikeCommitId = (text: string) => /^[0-9a-f]{4,40}$/i.test(text);

/** A full commit id: the one kind of ref the selector shows as a commit. */
export const isFullCommitId = (text: string) => /^[0-9a-f]{40}$/i.test(text);

/**
 * The branches and tags whose names hold `query` (case aside), names that start with it
 * first, then the commit the query may name. `hidden` counts what matched beyond the limit.
 */
export function refOptions(
  query: string,
  branchNames: readonly string[],
  tagNames: readonly string[],
): { options: RefOption[]; hidden: number } {
  const wanted = query.trim().toLowerCase();
  const rank = (name: string) => {
    const at = name.toLowerCase().indexOf(wanted);
    return at < 0 ? -1 : at === 0 ? 0 : 1;
  };
  const matching = (kind: 'branch' | 'tag', names: readonly string[]): RefOption[] =>
    names
      .map((name) => ({ name, rank: rank(name) }))
      .filter((entry) => entry.rank >= 0)
      .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
      .map(({ name }) => ({ kind, name }));
  const refs = [...matching('branch', branchNames), ...matching('tag', tagNames)];
  const options = refs.slice(0, MAX_LISTED_REFS);
  if (looksLikeCommitId(wanted)) options.push({ kind: 'commit', name: wanted });
  return { options, hidden: refs.length - Math.min(refs.length, MAX_LISTED_REFS) };
}
