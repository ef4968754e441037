const REVISION_SYNTAX = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);

/**
 * Whether a name holds a character git refuses in ref names: control characters, space,
 * DEL, or one that git reads as revision syntax (`~ ^ : ? * [ \`).
 *
 * @example
 * hasForbiddenRefCharacter({ name: 'main~1' }) // true
 */
export const hasForbiddenRefCharacter = ({ name }: { name: string }): boolean => {
  for (const character of name) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || REVISION_SYNTAX.has(character)) return true;
  }
  return false;
};
