/** One changed stretch as Monaco's diff reports it; an end of 0 means the side has no lines there. */
export interface LineChange {
  originalStartLineNumber: number;
  originalEndLineNumber: number;
  modifiedStartLineNumber: number;
  modifiedEndLineNumber: number;
}

const span = (start: number, end: number) => (end === 0 ? 0 : end - start + 1);

/** Lines added and removed, as the +N / −M beside a file. */
export function countChangedLines(changes: readonly LineChange[]): {
  added: number;
  removed: number;
} {
  let added = 0;
  let removed = 0;
  for (const change of changes) {
    added += span(change.modifiedStartLineNumber, change.modifiedEndLineNumber);
    removed += span(change.originalStartLineNumber, change.originalEndLineNumber);
  }
  return { added, removed };
}

/**
 * The new version's line after which a line of the old version shows in the unified view.
 * An unchanged line maps to its twin; a removed or changed line to the end of its stretch, where
 * the unified view lists the removed lines.
 */
export function unifiedLineOf(changes: readonly LineChange[], originalLine: number): number {
  let delta = 0;
  for (const change of changes) {
    const removed = span(change.originalStartLineNumber, change.originalEndLineNumber);
    const added = span(change.modifiedStartLineNumber, change.modifiedEndLineNumber);
    if (removed === 0) {
      // Lines only inserted after original line `originalStartLineNumber`.
      if (originalLine <= change.originalStartLineNumber) break;
      delta += added;
      continue;
    }
    if (originalLine < change.originalStartLineNumber) break;
    if (originalLine <= change.originalEndLineNumber)
      return added === 0 ? change.modifiedStartLineNumber : change.modifiedEndLineNumber;
    delta += added - removed;
  }
  return originalLine + delta;
}
