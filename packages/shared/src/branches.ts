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
