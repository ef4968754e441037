import { z } from 'zod';
import { commitSpecifierSchema, filePathSchema } from './code.ts';
import type { Commit } from './commits.ts';

export const summaryQuerySchema = z.object({
  commitSpecifier: commitSpecifierSchema.optional(),
});

/** The repository home's bar: the latest commit of a ref and how many branches and tags exist. */
export interface RepositorySummary {
  commitId: string;
  latestCommit: Commit;
  branchCount: number;
  tagCount: number;
}

/** Commits reachable from a ref; `complete` is false when the count stopped at a bound. */
export interface CommitCount {
  commitId: string;
  count: number;
  complete: boolean;
}

/** Most paths one last-commits request may name: the rows a folder listing shows at once. */
export const MAX_LAST_COMMIT_PATHS = 100;

export const lastCommitsQuerySchema = z.object({
  commitSpecifier: commitSpecifierSchema.optional(),
  /** Comma-free list: each `path` parameter names one entry of a folder. */
  path: z
    .union([filePathSchema, z.array(filePathSchema)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(filePathSchema)
        .max(MAX_LAST_COMMIT_PATHS, `path: at most ${MAX_LAST_COMMIT_PATHS} at once`),
    ),
});

/** The last commit that changed each path, by path; null when none was found. */
export interface LastCommits {
  commitId: string;
  lastCommits: Record<string, Commit | null>;
}
