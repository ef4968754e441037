import { CodeCommitError } from './errors.ts';

/**
 * Offset pagination behind an opaque token, as list operations answer it. The token remembers
 * which query it belongs to, so a token from one listing is refused by another.
 *
 * @example
 * const page = pageOf(sorted, { nextToken, pageSize: 1000, query: `${sortBy}/${order}` });
 */
export function pageOf<T>(
  items: T[],
  options: { nextToken?: string; pageSize: number; query?: string; invalidTokenException?: string },
): { items: T[]; nextToken?: string } {
  const query = options.query ?? '';
  const start =
    options.nextToken === undefined
      ? 0
      : offsetOf(
          options.nextToken,
          query,
          options.invalidTokenException ?? 'InvalidContinuationTokenException',
        );
  const end = start + options.pageSize;
  return {
    items: items.slice(start, end),
    nextToken:
      end < items.length
        ? Buffer.from(JSON.stringify({ offset: end, query })).toString('base64url')
        : undefined,
  };
}

function offsetOf(token: string, query: string, exception: string): number {
  let decoded: { offset?: unknown; query?: unknown } | undefined;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof decoded;
  } catch {
    decoded = undefined;
  }
  const offset = decoded?.offset;
  if (
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    decoded?.query !== query
  ) {
    throw new CodeCommitError(exception, 'The specified continuation token is not valid.');
  }
  return offset;
}
