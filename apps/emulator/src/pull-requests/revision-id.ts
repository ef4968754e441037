import { randomBytes } from 'node:crypto';

/** A new revision id: 64 hexadecimal characters, as CodeCommit's look. */
export const newRevisionId = (): string => randomBytes(32).toString('hex');
