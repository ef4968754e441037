/** The reactions CodeCommit offers on comments, by short code. */
export const reactions = [
  { shortCode: 'thumbsup', emoji: '👍', label: 'Thumbs up' },
  { shortCode: 'thumbsdown', emoji: '👎', label: 'Thumbs down' },
  { shortCode: 'smile', emoji: '😀', label: 'Smile' },
  { shortCode: 'confused', emoji: '😕', label: 'Confused' },
  { shortCode: 'heart', emoji: '❤️', label: 'Heart' },
  { shortCode: 'hooray', emoji: '🎉', label: 'Hooray' },
  { shortCode: 'clap', emoji: '👏', label: 'Clap' },
  { shortCode: 'rocket', emoji: '🚀', label: 'Rocket' },
  { shortCode: 'eyes', emoji: '👀', label: 'Eyes' },
  { shortCode: 'thinking', emoji: '🤔', label: 'Thinking' },
] as const;

export type Reaction = (typeof reactions)[number];

/** The reaction a key of reactionCounts or callerReactions names (`THUMBSUP`, `:thumbsup:`, or the emoji). */
export function reactionFor(key: string): Reaction | undefined {
  const shortCode = key.replace(/^:(.*):$/, '$1').toLowerCase();
  const bare = key.replace(/\uFE0F/g, '');
  return reactions.find(
    (reaction) =>
      reaction.shortCode === shortCode || reaction.emoji.replace(/\uFE0F/g, '') === bare,
  );
}

export interface ReactionCount {
  reaction: Reaction;
  count: number;
  mine: boolean;
}

/** A comment's reactions with their counts and whether the caller gave each, in the offered order. */
export function countReactions(
  reactionCounts: Record<string, number> | undefined,
  callerReactions: readonly string[] | undefined,
): ReactionCount[] {
  const counts = new Map<string, number>();
  for (const [key, count] of Object.entries(reactionCounts ?? {})) {
    const reaction = reactionFor(key);
    if (reaction && count > 0)
      counts.set(reaction.shortCode, (counts.get(reaction.shortCode) ?? 0) + count);
  }
  const mine = new Set((callerReactions ?? []).map((key) => reactionFor(key)?.shortCode));
  return reactions
    .filter((reaction) => counts.has(reaction.shortCode))
    .map((reaction) => ({
      reaction,
      count: counts.get(reaction.shortCode) ?? 0,
      mine: mine.has(reaction.shortCode),
    }));
}
