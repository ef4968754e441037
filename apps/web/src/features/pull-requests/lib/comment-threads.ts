/** What the thread builder needs of a comment. */
export interface CommentLike {
  commentId?: string;
  inReplyTo?: string;
  creationDate?: string;
  afterCommitId?: string;
  location?: { filePath?: string; filePosition?: number; relativeFileVersion?: string };
}

export interface Thread<C extends CommentLike> {
  root: C;
  replies: C[];
}

/**
 * Comments grouped into threads: each root with every reply under it (replies to replies
 * included), oldest first. A reply whose root is missing becomes a root itself.
 */
export function toThreads<C extends CommentLike>(comments: readonly C[]): Thread<C>[] {
  const byId = new Map(comments.map((comment) => [comment.commentId ?? '', comment]));
  const rootOf = (comment: C): C => {
    let current = comment;
    const seen = new Set<string>();
    while (current.inReplyTo && byId.has(current.inReplyTo) && !seen.has(current.inReplyTo)) {
      seen.add(current.inReplyTo);
      current = byId.get(current.inReplyTo) as C;
    }
    return current;
  };
  const threads = new Map<string, Thread<C>>();
  const ordered = [...comments].sort((a, b) =>
    (a.creationDate ?? '').localeCompare(b.creationDate ?? ''),
  );
  for (const comment of ordered) {
    const root = rootOf(comment);
    const id = root.commentId ?? '';
    if (!threads.has(id)) threads.set(id, { root, replies: [] });
    if (root !== comment) threads.get(id)?.replies.push(comment);
  }
  return [...threads.values()];
}

export type ThreadPlace = 'pull-request' | 'file' | 'line';

/** Where a thread sits: on the whole pull request, on a file, or on a line of one side. */
export function placeOf(comment: CommentLike): ThreadPlace {
  if (!comment.location?.filePath) return 'pull-request';
  return comment.location.filePosition ? 'line' : 'file';
}
