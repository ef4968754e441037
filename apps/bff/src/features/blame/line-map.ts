import { diffArrays } from 'diff';

/** Lines of a text as git counts them: a final newline ends the last line, it adds none. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Walks one step back in a file's history. `tracked[i]` is the line of the blamed file that
 * line `i` of the newer version still stands for (-1 when none). Returns the lines of the
 * blamed file the newer version introduced, and the same map for the older version.
 *
 * The line differences come from the `diff` package's Myers diff (what `git diff` uses). When
 * the versions differ in more lines than `maxEditLength`, the diff gives up and every line still
 * tracked counts as introduced, so one pathological pair cannot stall the walk.
 */
export function stepBack(
  older: string[],
  newer: string[],
  tracked: number[],
): { introduced: number[]; olderTracked: number[] } {
  const introduced: number[] = [];
  const olderTracked = new Array<number>(older.length).fill(-1);
  const changes = diffArrays(older, newer, { maxEditLength: 20_000 });
  if (!changes) {
    return { introduced: tracked.filter((line) => line >= 0), olderTracked };
  }
  let olderIndex = 0;
  let newerIndex = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) {
      for (let k = 0; k < count; k += 1) {
        const line = tracked[newerIndex + k] ?? -1;
        if (line >= 0) introduced.push(line);
      }
      newerIndex += count;
    } else if (change.removed) {
      olderIndex += count;
    } else {
      for (let k = 0; k < count; k += 1)
        olderTracked[olderIndex + k] = tracked[newerIndex + k] ?? -1;
      olderIndex += count;
      newerIndex += count;
    }
  }
  return { introduced, olderTracked };
}

/** Sorted line indexes (0-based) as 1-based inclusive ranges: [3, 4, 5, 9] → [[4, 6], [10, 10]]. */
export function toRanges(lines: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === line) last[1] = line + 1;
    else ranges.push([line + 1, line + 1]);
  }
  return ranges;
}
