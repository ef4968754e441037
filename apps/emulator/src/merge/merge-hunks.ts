import type { MergeHunk, MergeHunkDetail } from '@aws-sdk/client-codecommit';
import { diffBlobs } from '../git/diff-blobs.ts';

/** A change of one side against the base, in 0-based half-open line ranges. */
interface Change {
  side: 'source' | 'destination';
  baseStart: number;
  baseEnd: number;
  sideStart: number;
  sideEnd: number;
}

/** Splits text into lines that keep their line ends, so joining them gives the text back. */
export const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

const changesOf = async (
  gitDir: string,
  side: Change['side'],
  baseBlobId: string,
  sideBlobId: string,
): Promise<Change[]> => {
  if (baseBlobId === sideBlobId) return [];
  const hunks = await diffBlobs({
    gitDir,
    beforeBlobId: baseBlobId,
    afterBlobId: sideBlobId,
    contextLines: 0,
  });
  // With no context a range of 0 lines starts after the line git names, e.g. "-3,0" inserts after line 3.
  const start = (line: number, count: number): number => (count === 0 ? line : line - 1);
  return hunks.map((hunk) => {
    const baseStart = start(hunk.beforeStartLine, hunk.beforeLineCount);
    const sideStart = start(hunk.afterStartLine, hunk.afterLineCount);
    return {
      side,
      baseStart,
      baseEnd: baseStart + hunk.beforeLineCount,
      sideStart,
      sideEnd: sideStart + hunk.afterLineCount,
    };
  });
};

/** Where a base line falls on a side: shifted by the lines that side's earlier changes added or removed. */
const offsetBefore = (changes: readonly Change[], baseLine: number): number =>
  changes
    .filter((change) => change.baseEnd <= baseLine && change.baseStart < baseLine)
    .reduce(
      (sum, change) =>
        sum + (change.sideEnd - change.sideStart) - (change.baseEnd - change.baseStart),
      0,
    );

/**
 * One side's range (0-based, half-open) for a group of base lines, given the side's changes
 * inside the group.
 */
const sideRange = (
  all: readonly Change[],
  inGroup: readonly Change[],
  baseStart: number,
  baseEnd: number,
): [number, number] => {
  const start = baseStart + offsetBefore(all, baseStart);
  const grown = inGroup.reduce(
    (sum, change) =>
      sum + (change.sideEnd - change.sideStart) - (change.baseEnd - change.baseStart),
    0,
  );
  return [start, start + (baseEnd - baseStart) + grown];
};

/** 1-based first line and 1-based last line (inclusive; startLine - 1 for no lines) of a range, with its text. */
const detail = (lines: readonly string[], [start, end]: [number, number]): MergeHunkDetail => ({
  startLine: start + 1,
  endLine: end,
  hunkContent: lines.slice(start, end).join(''),
});

/**
 * The merge hunks of a file, as DescribeMergeConflicts reports them: every region that the
 * source or the destination changed against the base, with the lines of all three versions.
 * Changes of both sides that overlap or touch form one hunk, a conflict unless both made the
 * same change (git's own rule, so the hunks agree with the merge). Lines come from `git diff`.
 *
 * @example
 * const hunks = await mergeHunks({ gitDir, base: { blobId, text }, source, destination });
 */
export const mergeHunks = async ({
  gitDir,
  base,
  source,
  destination,
}: {
  gitDir: string;
  base: { blobId: string; text: string };
  source: { blobId: string; text: string };
  destination: { blobId: string; text: string };
}): Promise<MergeHunk[]> => {
  const sourceChanges = await changesOf(gitDir, 'source', base.blobId, source.blobId);
  const destinationChanges = await changesOf(
    gitDir,
    'destination',
    base.blobId,
    destination.blobId,
  );
  const changes = [...sourceChanges, ...destinationChanges].sort(
    (a, b) => a.baseStart - b.baseStart || a.baseEnd - b.baseEnd,
  );
  const groups: Change[][] = [];
  let groupEnd = -1;
  for (const change of changes) {
    const current = groups[groups.length - 1];
    if (current && change.baseStart <= groupEnd) {
      current.push(change);
      groupEnd = Math.max(groupEnd, change.baseEnd);
    } else {
      groups.push([change]);
      groupEnd = change.baseEnd;
    }
  }
  const lines = {
    base: splitLines(base.text),
    source: splitLines(source.text),
    destination: splitLines(destination.text),
  };
  return groups.map((group) => {
    const baseStart = Math.min(...group.map((change) => change.baseStart));
    const baseEnd = Math.max(...group.map((change) => change.baseEnd));
    const inSource = group.filter((change) => change.side === 'source');
    const inDestination = group.filter((change) => change.side === 'destination');
    const sourceHunk = detail(lines.source, sideRange(sourceChanges, inSource, baseStart, baseEnd));
    const destinationHunk = detail(
      lines.destination,
      sideRange(destinationChanges, inDestination, baseStart, baseEnd),
    );
    return {
      isConflict:
        inSource.length > 0 &&
        inDestination.length > 0 &&
        sourceHunk.hunkContent !== destinationHunk.hunkContent,
      source: sourceHunk,
      destination: destinationHunk,
      base: detail(lines.base, [baseStart, baseEnd]),
    };
  });
};
