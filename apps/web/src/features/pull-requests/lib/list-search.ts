import { personFromArn } from '../../../lib/names.ts';

/** "1 pull request", "40 pull requests". */
export const countPullRequests = (count: number) =>
  count === 1 ? '1 pull request' : `${count} pull requests`;

/** Whether a pull request's title and author hold every word of the search, in any case. */
export function matchesSearch(
  pullRequest: { title: string; authorArn: string },
  search: string,
): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${pullRequest.title} ${personFromArn(pullRequest.authorArn)}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * What a search has looked through, said plainly: the browser searches only the pages it has
 * loaded, and loads more while matches are few.
 */
export function searchNote({
  loaded,
  matches,
  more,
  loading,
}: {
  loaded: number;
  matches: number;
  more: boolean;
  loading: boolean;
}): string {
  const found = matches === 0 ? 'none match' : `${matches} ${matches === 1 ? 'matches' : 'match'}`;
  if (!more) return `Searched all ${countPullRequests(loaded)}: ${found}.`;
  const next = loading ? 'Loading more…' : 'More are not loaded yet.';
  return `Searched the ${countPullRequests(loaded)} loaded so far: ${found}. ${next}`;
}
