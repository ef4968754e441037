import { z } from 'zod';
import { blobIdSchema, commitIdSchema, commitSpecifierSchema } from './code.ts';

const pathSchema = z.string().max(4096, 'path is too long').optional();

export const differencesQuerySchema = z.object({
  /** Absent for a root commit: everything counts as added. */
  beforeCommitSpecifier: commitSpecifierSchema.optional(),
  afterCommitSpecifier: commitSpecifierSchema,
  beforePath: pathSchema,
  afterPath: pathSchema,
});
export type DifferencesQuery = z.infer<typeof differencesQuerySchema>;

const booleanString = z.enum(['true', 'false']).transform((value) => value === 'true');

export const blobDifferencesQuerySchema = z.object({
  /** Absent for an added file. */
  beforeBlobId: blobIdSchema.optional(),
  afterBlobId: blobIdSchema,
  contextLines: z.coerce.number().int().min(0, 'contextLines is at least 0').max(10_000).optional(),
  ignoreWhitespace: booleanString.optional(),
});
export type BlobDifferencesQuery = z.infer<typeof blobDifferencesQuerySchema>;

export const compareQuerySchema = z.object({
  /** What would be merged in: the newer side. */
  sourceCommitSpecifier: commitSpecifierSchema,
  /** Where it would be merged: the base of the comparison. */
  destinationCommitSpecifier: commitSpecifierSchema,
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

export interface BlobMetadata {
  blobId?: string;
  path?: string;
  mode?: string;
}

/** One changed path: A(dded), D(eleted) or M(odified). */
export interface Difference {
  beforeBlob?: BlobMetadata;
  afterBlob?: BlobMetadata;
  changeType?: 'A' | 'D' | 'M';
}

export interface DiffChange {
  type?: 'ADD' | 'CONTEXT' | 'DELETE';
  beforeLineNumber?: number;
  afterLineNumber?: number;
  content?: string;
}

export interface DiffHunk {
  beforeStartLine?: number;
  beforeLineCount?: number;
  afterStartLine?: number;
  afterLineCount?: number;
  changes?: DiffChange[];
}

/** GetBlobDifferences' output, every page joined. */
export interface BlobDifferences {
  hunks: DiffHunk[];
  isBinary: boolean;
  beforeBlobSize?: number;
  afterBlobSize: number;
}

/** Two refs compared: the merge base GetMergeCommit finds, and what changed from it to the source. */
export interface Comparison {
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId: string;
  differences: Difference[];
}

export const lineCountsQuerySchema = z.object({
  /** Absent for a root commit: everything counts as added. */
  beforeCommitId: commitIdSchema.optional(),
  afterCommitId: commitIdSchema,
  ignoreWhitespace: booleanString.optional(),
});
export type LineCountsQuery = z.infer<typeof lineCountsQuerySchema>;

/** Lines a file's change adds and removes. */
export interface LineCounts {
  added: number;
  removed: number;
}

/**
 * +N / −M for each changed file between two commits, by its path (the new path of a renamed
 * file). Null where CodeCommit could not say (a binary file, an error); `complete` is false when
 * only the first MAX files were counted.
 */
export interface LineCountsAnswer {
  counts: Record<string, LineCounts | null>;
  complete: boolean;
}
