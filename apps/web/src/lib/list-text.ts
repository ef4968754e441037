/** The entries of a list typed one per line (commas also separate), trimmed, blanks dropped. */
export const listFromText = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
