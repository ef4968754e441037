import { z } from 'zod';
import { branchNameSchema, commitSpecifierSchema } from './code.ts';

export const branchParamsSchema = z.object({ branchName: branchNameSchema });

export const createBranchSchema = z.object({
  branchName: branchNameSchema.refine((name) => !/^[0-9a-f]{40}$/.test(name), {
    message: 'branchName must not be 40 hexadecimal characters',
  }),
  /** Any ref or commit id; the branch starts at the commit it names. */
  commitSpecifier: commitSpecifierSchema,
});
export type CreateBranchInput = z.infer<typeof createBranchSchema>;

export interface Branch {
  branchName: string;
  commitId: string;
}

/** A git tag, read through git's own protocol since CodeCommit's API has no list of tags. */
export interface GitTag {
  tagName: string;
  /** The commit the tag points at, through an annotated tag when there is one. */
  commitId: string;
  /** The tag object's id for an annotated tag; the commit id for a lightweight tag. */
  objectId: string;
}

export const aheadBehindQuerySchema = z.object({
  /** The branch every other is compared with; the repository's default branch when absent. */
  baseBranchName: branchNameSchema.optional(),
});

/** One branch beside the base branch: its tip's date and how the two diverged. */
export interface BranchAheadBehind extends Branch {
  /** Git's committer date of the tip ("1484167798 -0800"). */
  tipDate?: string;
  /** Commits the branch has that the base lacks, and the reverse; absent for the base itself. */
  ahead?: number;
  behind?: number;
  /** The counts are lower bounds: the walk stopped before the two sides met. */
  truncated?: boolean;
}

export interface BranchesAheadBehind {
  baseBranchName: string | null;
  branches: BranchAheadBehind[];
}
