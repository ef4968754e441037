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
