import { runGit } from './run-git.ts';
import { writeBlob } from './write-blob.ts';
import { LruCache } from './lru-cache.ts';

export interface LineChange {
  type: 'CONTEXT' | 'ADD' | 'DELETE';
  beforeLineNumber?: number;
  afterLineNumber?: number;
  content: string;
}

export interface Hunk {
  beforeStartLine: number;
  beforeLineCount: number;
  afterStartLine: number;
  afterLineCount: number;
  changes: LineChange[];
}

const cache = new LruCache<string, Hunk[]>({
  maxWeight: 500_000,
  weigh: (hunks) => hunks.reduce((lines, hunk) => lines + hunk.changes.length, 1),
});

/** Git's own test: a NUL byte in the first 8000 bytes makes content binary. */
export const isBinaryContent = (content: Buffer): boolean => content.subarray(0, 8000).includes(0);

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

const parseUnifiedDiff = (text: string): Hunk[] => {
  const hunks: Hunk[] = [];
  let hunk: Hunk | undefined;
  let before = 0;
  let after = 0;
  for (const line of text.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      hunk = {
        beforeStartLine: Number(header[1]),
        beforeLineCount: header[2] === undefined ? 1 : Number(header[2]),
        afterStartLine: Number(header[3]),
        afterLineCount: header[4] === undefined ? 1 : Number(header[4]),
        changes: [],
      };
      hunks.push(hunk);
      before = hunk.beforeStartLine;
      after = hunk.afterStartLine;
      continue;
    }
    if (!hunk) continue;
    const marker = line[0];
    const content = line.slice(1);
    if (marker === ' ')
      hunk.changes.push({
        type: 'CONTEXT',
        beforeLineNumber: before++,
        afterLineNumber: after++,
        content,
      });
    else if (marker === '-')
      hunk.changes.push({ type: 'DELETE', beforeLineNumber: before++, content });
    else if (marker === '+') hunk.changes.push({ type: 'ADD', afterLineNumber: after++, content });
  }
  return hunks;
};

/**
 * Line hunks between two blobs, computed by `git diff` itself (unified format, parsed), with
 * `contextLines` unchanged lines around each change and optionally ignoring whitespace.
 * No before blob means an empty one: every line is added. Binary blobs give no hunks.
 *
 * @example
 * const hunks = await diffBlobs({ gitDir, beforeBlobId, afterBlobId, contextLines: 3 });
 */
export const diffBlobs = async ({
  gitDir,
  beforeBlobId,
  afterBlobId,
  contextLines = 3,
  ignoreWhitespace = false,
}: {
  gitDir: string;
  beforeBlobId: string | undefined;
  afterBlobId: string;
  contextLines?: number;
  ignoreWhitespace?: boolean;
}): Promise<Hunk[]> => {
  if (!Number.isInteger(contextLines) || contextLines < 0)
    throw new TypeError('diffBlobs: contextLines must be a whole number');
  const key = JSON.stringify([gitDir, beforeBlobId, afterBlobId, contextLines, ignoreWhitespace]);
  const cached = cache.get(key);
  if (cached) return cached;
  // The empty blob is not built into git as the empty tree is, so make sure it exists.
  const before = beforeBlobId ?? (await writeBlob({ gitDir, content: Buffer.alloc(0) }));
  const args = [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    `-U${contextLines}`,
    ...(ignoreWhitespace ? ['-w'] : []),
    before,
    afterBlobId,
  ];
  const hunks = parseUnifiedDiff((await runGit({ gitDir, args })).toString());
  cache.set(key, hunks);
  return hunks;
};
