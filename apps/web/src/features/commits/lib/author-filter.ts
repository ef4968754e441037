type Authored = { author?: { name?: string | undefined; email?: string | undefined } | undefined };

/** Matches commits whose author's name or email holds `text`, in any case. */
export function byAuthor(text: string): (commit: Authored) => boolean {
  const needle = text.trim().toLowerCase();
  return (commit) =>
    !needle ||
    (commit.author?.name ?? '').toLowerCase().includes(needle) ||
    (commit.author?.email ?? '').toLowerCase().includes(needle);
}
