interface HunkSide {
  startLine?: number;
  endLine?: number;
  hunkContent?: string;
}

/** A hunk as DescribeMergeConflicts reports it: a region either side changed, with all three versions. */
export interface MergeHunkLike {
  isConflict?: boolean;
  source?: HunkSide;
  destination?: HunkSide;
  base?: HunkSide;
}

/** Lines with their line ends, so joining them gives the text back. */
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
const withLineEnd = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/**
 * The merged file as a starting point for editing: the base with each side's change applied
 * where only one side changed, and git-style conflict markers where both did.
 *
 * @example
 * mergedText({ baseText, hunks, sourceLabel: 'feature', destinationLabel: 'main' })
 */
export function mergedText({
  baseText,
  hunks,
  sourceLabel,
  destinationLabel,
}: {
  baseText: string;
  hunks: readonly MergeHunkLike[];
  sourceLabel: string;
  destinationLabel: string;
}): string {
  const baseLines = splitLines(baseText);
  const ordered = [...hunks].sort((a, b) => (a.base?.startLine ?? 0) - (b.base?.startLine ?? 0));
  let merged = '';
  let cursor = 0;
  for (const hunk of ordered) {
    const start = Math.max(cursor, (hunk.base?.startLine ?? 1) - 1);
    const end = Math.max(start, hunk.base?.endLine ?? start);
    merged += baseLines.slice(cursor, start).join('');
    const source = hunk.source?.hunkContent ?? '';
    const destination = hunk.destination?.hunkContent ?? '';
    if (hunk.isConflict) {
      merged +=
        `<<<<<<< ${sourceLabel}\n${withLineEnd(source)}=======\n` +
        `${withLineEnd(destination)}>>>>>>> ${destinationLabel}\n`;
    } else {
      merged += source !== (hunk.base?.hunkContent ?? '') ? source : destination;
    }
    cursor = end;
  }
  return merged + baseLines.slice(cursor).join('');
}

/** Whether text still holds a conflict marker line, so it is not merged by mistake. */
export const hasConflictMarkers = (text: string): boolean => /^(<{7}|={7}|>{7})( |$)/m.test(text);
