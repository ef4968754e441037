import { requireMaxResults } from '../git/require-max-results.ts';
import { pageOf } from '../protocol/pagination.ts';

/**
 * One page of a listing: `maxResults` items at most (InvalidMaxResultsException outside
 * 1..limit; the limit when absent) from where `nextToken` left off.
 *
 * @example
 * const { items, nextToken } = pageOfResults(ids, { nextToken: input.nextToken, maxResults: input.maxResults, limit: 1000, query: repositoryId });
 */
export const pageOfResults = <T>(
  items: T[],
  options: { nextToken?: string; maxResults?: number; limit: number; query: string },
): { items: T[]; nextToken?: string } =>
  pageOf(items, {
    nextToken: options.nextToken,
    pageSize: requireMaxResults({
      maxResults: options.maxResults,
      fallback: options.limit,
      max: options.limit,
    }),
    query: options.query,
  });
