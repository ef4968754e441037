import { fail } from '../protocol/errors.ts';

/**
 * Opaque pagination tokens: the position to resume after, base64url-encoded with a tag
 * naming the listing, so a token from one listing is refused by another
 * (InvalidContinuationTokenException).
 *
 * @example
 * const nextToken = encodeContinuationToken({ kind: 'branches', position: lastName });
 * const after = decodeContinuationToken({ kind: 'branches', token: input.nextToken }); // undefined: first page
 */
export const encodeContinuationToken = ({
  kind,
  position,
}: {
  kind: string;
  position: string;
}): string => Buffer.from(JSON.stringify([kind, position])).toString('base64url');

export const decodeContinuationToken = ({
  kind,
  token,
}: {
  kind: string;
  token: unknown;
}): string | undefined => {
  if (token === undefined || token === null || token === '') return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(String(token), 'base64url').toString());
    if (Array.isArray(decoded) && decoded[0] === kind && typeof decoded[1] === 'string')
      return decoded[1];
  } catch {
    // Falls through to the error below.
  }
  return fail(
    'InvalidContinuationTokenException',
    'The continuation token is not valid for this request.',
  );
};
