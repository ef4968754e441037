import type { ReactionValueFormats } from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';

/**
 * The reactions CodeCommit offers on comments. A reaction may be given as its emoji, its short
 * code (`:thumbsup:` or `thumbsup`) or its code point (`U+1F44D`).
 */
export const reactionValues: readonly Required<ReactionValueFormats>[] = [
  { emoji: '👍', shortCode: 'thumbsup', unicode: 'U+1F44D' },
  { emoji: '👎', shortCode: 'thumbsdown', unicode: 'U+1F44E' },
  { emoji: '😀', shortCode: 'smile', unicode: 'U+1F600' },
  { emoji: '😕', shortCode: 'confused', unicode: 'U+1F615' },
  { emoji: '❤️', shortCode: 'heart', unicode: 'U+2764' },
  { emoji: '🎉', shortCode: 'hooray', unicode: 'U+1F389' },
  { emoji: '👏', shortCode: 'clap', unicode: 'U+1F44F' },
  { emoji: '🚀', shortCode: 'rocket', unicode: 'U+1F680' },
  { emoji: '👀', shortCode: 'eyes', unicode: 'U+1F440' },
  { emoji: '🤔', shortCode: 'thinking', unicode: 'U+1F914' },
];

const withoutVariation = (value: string): string => value.replace(/\uFE0F/g, '');

export const reactionByShortCode = (
  shortCode: string,
): Required<ReactionValueFormats> | undefined =>
  reactionValues.find((reaction) => reaction.shortCode === shortCode);

/**
 * The reaction a PutCommentReaction value names, undefined for `none` (which removes the
 * caller's reaction), InvalidReactionValueException for anything else.
 *
 * @example
 * parseReactionValue(':thumbsup:') // { emoji: '👍', shortCode: 'thumbsup', unicode: 'U+1F44D' }
 */
export const parseReactionValue = (value: string): Required<ReactionValueFormats> | undefined => {
  const given = value.trim();
  if (given === '' || given.toLowerCase() === 'none') return undefined;
  const shortCode = given.replace(/^:(.*):$/, '$1').toLowerCase();
  const found = reactionValues.find(
    (reaction) =>
      withoutVariation(reaction.emoji) === withoutVariation(given) ||
      reaction.shortCode === shortCode ||
      reaction.unicode.toLowerCase() === given.toLowerCase(),
  );
  if (!found) {
    return fail(
      'InvalidReactionValueException',
      `${JSON.stringify(value)} is not a reaction CodeCommit supports; use one of ${reactionValues.map((reaction) => `:${reaction.shortCode}:`).join(' ')}.`,
    );
  }
  return found;
};

/** How a reaction is keyed in a comment's reactionCounts and callerReactions: its short code in capitals, e.g. THUMBSUP. */
export const reactionKey = (shortCode: string): string => shortCode.toUpperCase();
