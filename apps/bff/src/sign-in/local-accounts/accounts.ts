import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { hashPassword, unknownAccountHash, verifyPassword } from './password.ts';

const accountSchema = z
  .object({
    userName: z
      .string()
      .regex(/^[\w+=,.@-]{2,64}$/, 'userName: 2-64 letters, digits or + = , . @ _ -'),
    displayName: z.string().min(1).max(128).optional(),
    passwordHash: z.string().startsWith('scrypt$', 'passwordHash must be an scrypt hash'),
  })
  .strict();
export type LocalAccount = z.infer<typeof accountSchema>;

const fileSchema = z.object({ accounts: z.array(accountSchema) }).strict();

/** Passwords shorter than this are refused when set (NIST SP 800-63B asks for at least 8). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * A small team's accounts, in a JSON file of names and scrypt hashes (mode 0600). Read at each
 * sign-in, so `pnpm accounts` changes apply without a restart.
 */
export interface LocalAccounts {
  /** The account when name and password match; undefined otherwise (same time either way). */
  verify(userName: string, password: string): Promise<LocalAccount | undefined>;
  list(): LocalAccount[];
  /** Adds the account or sets a new password for it. */
  setPassword(userName: string, password: string, displayName?: string): Promise<void>;
  remove(userName: string): boolean;
}

export function localAccounts(file: string): LocalAccounts {
  const read = (): LocalAccount[] => {
    if (!existsSync(file)) return [];
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data.accounts;
  };
  const write = (accounts: LocalAccount[]) => {
    writeFileSync(`${file}.tmp`, `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    async verify(userName, password) {
      const account = read().find((candidate) => candidate.userName === userName);
      const matches = await verifyPassword(password, account?.passwordHash ?? unknownAccountHash);
      return account && matches ? account : undefined;
    },
    list: read,
    async setPassword(userName, password, displayName) {
      if (password.length < MIN_PASSWORD_LENGTH)
        throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
      const accounts = read();
      const passwordHash = await hashPassword(password);
      const existing = accounts.find((account) => account.userName === userName);
      const next = accountSchema.parse({
        userName,
        displayName: displayName ?? existing?.displayName,
        passwordHash,
      });
      write(existing ? accounts.map((a) => (a === existing ? next : a)) : [...accounts, next]);
    },
    remove(userName) {
      const accounts = read();
      const kept = accounts.filter((account) => account.userName !== userName);
      if (kept.length === accounts.length) return false;
      write(kept);
      return true;
    },
  };
}
