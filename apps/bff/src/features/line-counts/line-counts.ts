import type { DiffHunk, LineCounts, LineCountsAnswer } from '@cc/shared/differences';
import { getBlobDifferences, getDifferences } from '../../gateway/differences.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';

/** Changed files counted at most: past this the web app counts a file when it shows its diff. */
export const MAX_COUNTED_FILES = 300;

const changed = (hunks: readonly DiffHunk[], type: 'ADD' | 'DELETE') =>
  hunks.reduce(
    (sum, hunk) => sum + (hunk.changes ?? []).filter((change) => change.type === type).length,
    0,
  );

/**
 * +N / −M for every changed file between two commits, as a pull request's file headers show
 * them before their diffs load (collapsed lock files too): GetDifferences, then one
 * GetBlobDifferences without context per file, all at once under the gateway's limit, each kept
 * by blob ids. An added or deleted file is counted as the difference from nothing. A file
 * CodeCommit cannot count (binary, refused) is null; the others are still counted, and `failed`
 * says how many calls failed, so such an answer is not kept as final.
 *
 * @example
 * const { answer } = await lineCounts(codeCommit, { repositoryName: 'shop', afterCommitId });
 */
export async function lineCounts(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    beforeCommitId?: string;
    afterCommitId: string;
    ignoreWhitespace?: boolean;
  },
): Promise<{ answer: LineCountsAnswer; failed: number }> {
  const { repositoryName, ignoreWhitespace } = input;
  const differences = await getDifferences(codeCommit, {
    repositoryName,
    afterCommitSpecifier: input.afterCommitId,
    ...(input.beforeCommitId ? { beforeCommitSpecifier: input.beforeCommitId } : {}),
  });
  const counted = differences.slice(0, MAX_COUNTED_FILES);
  let failed = 0;
  const entries = await Promise.all(
    counted.map(async (difference): Promise<[string, LineCounts | null]> => {
      const path = difference.afterBlob?.path ?? difference.beforeBlob?.path ?? '';
      const before = difference.beforeBlob?.blobId;
      const after = difference.afterBlob?.blobId;
      // A deleted file: its lines, read as if added, are what the change removes.
      const deleted = !after;
      const afterBlobId = after ?? before;
      if (!afterBlobId) return [path, null];
      try {
        const { hunks, isBinary } = await getBlobDifferences(codeCommit, {
          repositoryName,
          ...(before && after ? { beforeBlobId: before } : {}),
          afterBlobId,
          contextLines: 0,
          ...(ignoreWhitespace ? { ignoreWhitespace } : {}),
        });
        if (isBinary) return [path, null];
        const added = changed(hunks, 'ADD');
        const removed = changed(hunks, 'DELETE');
        return [path, deleted ? { added: 0, removed: added } : { added, removed }];
      } catch {
        failed += 1;
        return [path, null];
      }
    }),
  );
  return {
    answer: {
      counts: Object.fromEntries(entries),
      complete: counted.length === differences.length,
    },
    failed,
  };
}
