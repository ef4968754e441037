import { createHash } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * IAM's unique id of a user (AIDA…) or role (AROA…): 21 characters. IAM draws them at random
 * when the identity is made; the emulator derives them from the account and name so they stay
 * the same across restarts without being stored.
 */
export function uniqueId(prefix: 'AIDA' | 'AROA', accountId: string, name: string): string {
  const digest = createHash('sha256').update(`${prefix}:${accountId}:${name}`).digest();
  return prefix + Array.from(digest.subarray(0, 17), (byte) => alphabet[byte % 32]).join('');
}
