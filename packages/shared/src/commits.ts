import { z } from 'zod';
import { commitIdSchema, commitSpecifierSchema, filePathSchema } from './code.ts';
import { MAX_COMMITS_PAGE } from './limits.ts';

export const commitParamsSchema = z.object({ commitId: commitIdSchema });

export const historyQuerySchema = z.object({
  /** Where the history starts; the repository's default branch when absent. */
  commitSpecifier: commitSpecifierSchema.optional(),
  /** Only commits that changed this file (ListFileCommitHistory). */
  filePath: filePathSchema.optional(),
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit is at least 1')
    .max(MAX_COMMITS_PAGE, `limit is at most ${MAX_COMMITS_PAGE}`)
    .optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(10_000, 'cursor is too long').optional(),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export interface UserInfo {
  name?: string;
  email?: string;
  /** Git's form: seconds since the epoch and a time zone, e.g. "1484167798 -0800". */
  date?: string;
}

/** CodeCommit's Commit. */
export interface Commit {
  commitId: string;
  treeId?: string;
  parents: string[];
  message?: string;
  author?: UserInfo;
  committer?: UserInfo;
  additionalData?: string;
}

/** One page of history, newest first; `nextCursor` is absent on the last page. */
export interface CommitHistoryPage {
  commits: Commit[];
  nextCursor?: string;
}
