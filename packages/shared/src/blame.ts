import { z } from 'zod';
import { commitSpecifierSchema, filePathSchema } from './code.ts';
import type { Commit } from './commits.ts';

export const blameQuerySchema = z.object({
  /** Where the blame is taken; the repository's default branch when absent. */
  commitSpecifier: commitSpecifierSchema.optional(),
  filePath: filePathSchema,
});
export type BlameQuery = z.infer<typeof blameQuerySchema>;

/**
 * One line of the blame answer, which is NDJSON: a `file` event first (the text being blamed),
 * then `commit` and `lines` events as the file's history is read, newest first, then `done`.
 */
export type BlameEvent =
  | { type: 'file'; commitId: string; filePath: string; blobId: string; lines: string[] }
  | {
      type: 'commit';
      commit: Commit;
      /** The same file just before this commit: where "blame before this commit" goes. */
      previous?: { commitId: string; filePath: string };
    }
  /** Lines (1-based, inclusive ranges of the blamed file) last changed by `commitId`. */
  | { type: 'lines'; commitId: string; ranges: [number, number][] }
  /** `complete` is false when the history was longer than the console reads (see `limit`). */
  | { type: 'done'; complete: boolean; limit?: number }
  | { type: 'error'; error: string; code?: string };
