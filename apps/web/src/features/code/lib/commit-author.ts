/** Name and email for commits, remembered in this browser for the next one. */
export type CommitAuthor = { name: string; email: string };

const key = 'codecommit-console.commit-author';

export function loadCommitAuthor(): CommitAuthor {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (stored && typeof stored === 'object' && 'name' in stored && 'email' in stored) {
      return { name: String(stored.name), email: String(stored.email) };
    }
  } catch {
    // Nothing usable stored.
  }
  return { name: '', email: '' };
}

export function saveCommitAuthor(author: CommitAuthor): void {
  try {
    localStorage.setItem(key, JSON.stringify(author));
  } catch {
    // Storage may be full or disabled; the author is only a convenience.
  }
}

/** Git's date form "1484167798 -0800" or an ISO date, as a Date. */
export function gitDate(date: string | undefined): Date | undefined {
  if (!date) return undefined;
  const seconds = /^(\d+)(\s|$)/.exec(date);
  const parsed = seconds ? new Date(Number(seconds[1]) * 1000) : new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
