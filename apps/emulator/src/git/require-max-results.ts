import { fail } from '../protocol/errors.ts';

/**
 * A page size from a request: `fallback` when absent, InvalidMaxResultsException unless a
 * whole number from 1 to `max`.
 *
 * @example
 * const maxResults = requireMaxResults({ maxResults: input.MaxResults, fallback: 100, max: 1000 });
 */
export const requireMaxResults = ({
  maxResults,
  fallback,
  max,
}: {
  maxResults: unknown;
  fallback: number;
  max: number;
}): number => {
  if (maxResults === undefined || maxResults === null) return fallback;
  if (
    typeof maxResults !== 'number' ||
    !Number.isInteger(maxResults) ||
    maxResults < 1 ||
    maxResults > max
  ) {
    return fail(
      'InvalidMaxResultsException',
      `The maximum number of results must be a whole number from 1 to ${max}, not ${JSON.stringify(maxResults)}.`,
    );
  }
  return maxResults;
};
