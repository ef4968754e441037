import { z } from 'zod';
import { commitSpecifierSchema } from './code.ts';

const flag = z.enum(['0', '1']).optional();

export const searchQuerySchema = z.object({
  /** The ref searched; the repository's default branch when absent. */
  commitSpecifier: commitSpecifierSchema.optional(),
  query: z.string().min(1, 'query is required').max(1000, 'query is at most 1,000 characters'),
  /** 1: `query` is a regular expression (RE2 syntax); otherwise plain text. */
  regex: flag,
  /** 1: letters must match in case. */
  caseSensitive: flag,
  /** Only files under this folder. */
  folderPath: z.string().max(4096, 'folderPath is too long').optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A line of a result: a match (with its ranges, in UTF-16 code units) or the context around one. */
export interface SearchLine {
  lineNumber: number;
  text: string;
  ranges: [start: number, end: number][];
}

export interface SearchFileResult {
  filePath: string;
  blobId: string;
  matchCount: number;
  lines: SearchLine[];
}

export interface SearchResult {
  commitId: string;
  files: SearchFileResult[];
  /** Text files whose contents were searched. */
  searchedFiles: number;
  /** Files in the tree (under `folderPath`), searched or not. */
  totalFiles: number;
  /** Why the search stopped short or left files out, in words; absent when it covered everything. */
  limits: string[];
}
