/** A full SHA-1 object id: 40 lowercase hexadecimal characters. */
export const isObjectId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);

/** The id git uses for "no object" in ref updates. */
export const ZERO_ID = '0'.repeat(40);
