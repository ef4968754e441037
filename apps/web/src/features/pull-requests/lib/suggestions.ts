/**
 * Suggested changes, written as GitHub's reviewers write them: a fenced block marked
 * `suggestion` in a line comment holds the text that should replace the line.
 */
const fence = /^(`{3,}|~{3,})suggestion[ \t]*\r?\n([\s\S]*?)^\1[ \t]*$/m;

/** The replacement a comment suggests, or undefined; an empty block suggests deleting the line. */
export function parseSuggestion(content: string): string | undefined {
  const match = fence.exec(content);
  if (!match) return undefined;
  return (match[2] ?? '').replace(/\r?\n$/, '');
}

/** A comment that suggests `lineText` as it is, ready to be edited. */
export const suggestionFor = (lineText: string): string =>
  `\`\`\`suggestion\n${lineText}\n\`\`\`\n`;

/**
 * `text` with line `line` (1-based) replaced by `replacement` (any number of lines, none to
 * delete it). The file's own line ending and its final newline are kept.
 */
export function applySuggestion(text: string, line: number, replacement: string): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const endsWithNewline = text.endsWith(newline);
  const lines = (endsWithNewline ? text.slice(0, -newline.length) : text).split(newline);
  if (line < 1 || line > lines.length)
    throw new RangeError(`line ${line} is not in the file (it has ${lines.length})`);
  const replacing = replacement === '' ? [] : replacement.split(/\r?\n/);
  lines.splice(line - 1, 1, ...replacing);
  return lines.join(newline) + (endsWithNewline ? newline : '');
}
