/**
 * When this browser last showed each pull request, so the dashboard can count the comments
 * made since. Kept in localStorage: it is about this person on this device, not shared state.
 */
const storageKey = 'pull-requests-last-seen';

type Seen = Record<string, number>;

const read = (): Seen => {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Seen;
  } catch {
    return {};
  }
};

const key = (repositoryName: string, pullRequestId: string) => `${repositoryName}/${pullRequestId}`;

export function markPullRequestSeen(
  repositoryName: string,
  pullRequestId: string,
  at = Date.now(),
) {
  const seen = read();
  seen[key(repositoryName, pullRequestId)] = at;
  try {
    localStorage.setItem(storageKey, JSON.stringify(seen));
  } catch {
    // A full or disabled storage only costs the "new comments" count.
  }
}

/** When the pull request was last shown here, or undefined when never. */
export const pullRequestLastSeen = (repositoryName: string, pullRequestId: string) =>
  read()[key(repositoryName, pullRequestId)];
