/**
 * A file's text as the diff shows it. git counts a final newline as the end of the last line,
 * not as the start of an empty one, while an editor model shows one more, empty, line: that
 * phantom line is dropped here. Whether each side ended with a newline is kept, so a change
 * that only adds or removes it can still be told.
 */
export interface DiffText {
  text: string;
  endsWithNewline: boolean;
}

export function toDiffText(text: string): DiffText {
  if (text.endsWith('\r\n')) return { text: text.slice(0, -2), endsWithNewline: true };
  if (text.endsWith('\n')) return { text: text.slice(0, -1), endsWithNewline: true };
  return { text, endsWithNewline: false };
}

/** How many lines a side has once its final newline is dropped: an empty file has none. */
export const lineCount = (text: string): number =>
  text === '' ? 0 : toDiffText(text).text.split('\n').length;
