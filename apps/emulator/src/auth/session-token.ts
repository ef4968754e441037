import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** What a session token carries: everything needed to check a request signed with it. */
const claimsSchema = z.object({
  accessKeyId: z.string(),
  secretAccessKey: z.string(),
  roleName: z.string(),
  roleSessionName: z.string(),
  sourceIdentity: z.string().optional(),
  /** Epoch milliseconds. */
  expiration: z.number(),
  webIdentity: z
    .object({ issuer: z.string(), subject: z.string(), audience: z.string() })
    .optional(),
});
export type SessionClaims = z.infer<typeof claimsSchema>;

export interface SessionTokens {
  seal(claims: SessionClaims): string;
  /** The claims of a token this emulator sealed; undefined for anything else (forged, altered, foreign). */
  open(token: string): SessionClaims | undefined;
}

const version = 1;
const ivBytes = 12;
const tagBytes = 16;
const associatedData = Buffer.from('codecommit-emulator-sts-session');

/**
 * Session tokens that carry their own credentials, sealed with AES-256-GCM under a key made once
 * and kept in `<dataDir>/sts-session-token.key` (mode 0600). A token is thereby authentic (nobody
 * without the key can make or alter one) and confidential (the secret inside cannot be read), and
 * it survives a restart with no table of sessions.
 *
 * @example
 * const tokens = sessionTokens(dataDir);
 * const token = tokens.seal(claims); tokens.open(token); // claims
 */
export function sessionTokens(dataDir: string): SessionTokens {
  const key = loadKey(path.join(dataDir, 'sts-session-token.key'));
  return {
    seal(claims) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(associatedData);
      const sealed = Buffer.concat([cipher.update(JSON.stringify(claims), 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(version), iv, cipher.getAuthTag(), sealed]).toString(
        'base64',
      );
    },
    open(token) {
      const bytes = Buffer.from(token, 'base64');
      if (bytes.length <= 1 + ivBytes + tagBytes || bytes[0] !== version) return undefined;
      try {
        const decipher = createDecipheriv(
          'aes-256-gcm',
          key,
          bytes.subarray(1, 1 + ivBytes),
        ).setAAD(associatedData);
        decipher.setAuthTag(bytes.subarray(1 + ivBytes, 1 + ivBytes + tagBytes));
        const text = Buffer.concat([
          decipher.update(bytes.subarray(1 + ivBytes + tagBytes)),
          decipher.final(),
        ]).toString('utf8');
        const parsed = claimsSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function loadKey(file: string): Buffer {
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another emulator on the same folder made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  const key = readFileSync(file);
  if (key.length !== 32)
    throw new Error(`${file}: expected a 32-byte key; remove the file to make a new one.`);
  return key;
}
