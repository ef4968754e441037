/** A range of lines as it appears in a URL fragment: #L12 or #L3-L7. */
export type LineRange = { start: number; end: number };

export function parseLineRange(hash: string): LineRange | null {
  const match = /^#?L(\d+)(?:-L?(\d+))?$/.exec(hash);
  if (!match) return null;
  const first = Number(match[1]);
  const second = match[2] ? Number(match[2]) : first;
  if (first < 1 || second < 1) return null;
  return { start: Math.min(first, second), end: Math.max(first, second) };
}

export function formatLineRange(range: LineRange | null): string {
  if (!range) return '';
  return range.start === range.end ? `#L${range.start}` : `#L${range.start}-L${range.end}`;
}

/** A selection that ends at the very start of a line does not include that line. */
export function lineRangeFromSelection(selection: {
  startLineNumber: number;
  endLineNumber: number;
  endColumn: number;
}): LineRange {
  const end =
    selection.endColumn === 1 && selection.endLineNumber > selection.startLineNumber
      ? selection.endLineNumber - 1
      : selection.endLineNumber;
  return { start: selection.startLineNumber, end };
}
