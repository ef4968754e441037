import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { managedPolicyNames, type ManagedPolicyName } from './policies.ts';

/**
 * The emulator's IAM users, kept in `<dataDir>/emulator.json`. The file is created on first start
 * with three demo users; add users or keys by editing it and restarting:
 *
 * ```json
 * {
 *   "users": [
 *     {
 *       "userName": "admin",
 *       "policy": "AWSCodeCommitFullAccess",
 *       "accessKeys": [{ "accessKeyId": "AKIA…", "secretAccessKey": "…" }]
 *     }
 *   ]
 * }
 * ```
 * `policy` is one of AWSCodeCommitFullAccess, AWSCodeCommitPowerUser, AWSCodeCommitReadOnly.
 * `repositories` (optional, a list of names) limits the policy to those repositories.
 */
export interface EmulatorConfigFile {
  users: UserConfig[];
}

export interface UserConfig {
  userName: string;
  policy: ManagedPolicyName;
  repositories?: string[];
  accessKeys: AccessKey[];
}

export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export const demoUsers: ReadonlyArray<{ userName: string; policy: ManagedPolicyName }> = [
  { userName: 'admin', policy: 'AWSCodeCommitFullAccess' },
  { userName: 'developer', policy: 'AWSCodeCommitPowerUser' },
  { userName: 'reader', policy: 'AWSCodeCommitReadOnly' },
];

/** Reads the users file, creating it (or the demo users missing from it) with fresh keys. */
export function loadUsers(dataDir: string): UserConfig[] {
  const file = path.join(dataDir, 'emulator.json');
  const config = existsSync(file) ? parseConfig(file) : { users: [] };
  let changed = !existsSync(file);
  for (const demo of demoUsers) {
    const user = config.users.find((candidate) => candidate.userName === demo.userName);
    if (!user) {
      config.users.push({ ...demo, accessKeys: [newAccessKey()] });
      changed = true;
    } else if (user.accessKeys.length === 0) {
      user.accessKeys.push(newAccessKey());
      changed = true;
    }
  }
  if (changed) {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }
  return config.users;
}

function parseConfig(file: string): EmulatorConfigFile {
  const problem = (message: string): Error => new Error(`${file}: ${message}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw problem(`not valid JSON (${(error as Error).message})`);
  }
  const users = (parsed as { users?: unknown }).users;
  if (!Array.isArray(users)) throw problem('expected {"users": [...]}');
  return {
    // Other settings (triggerDestinations, ...) survive when the users are written back.
    ...(parsed as Record<string, unknown>),
    users: users.map((user: Partial<UserConfig>, index) => {
      if (typeof user.userName !== 'string' || !/^[\w+=,.@-]{1,64}$/.test(user.userName))
        throw problem(`users[${index}].userName is not a valid IAM user name`);
      if (!managedPolicyNames.includes(user.policy as ManagedPolicyName))
        throw problem(`users[${index}].policy must be one of ${managedPolicyNames.join(', ')}`);
      const keys = user.accessKeys ?? [];
      if (
        !Array.isArray(keys) ||
        keys.some(
          (key) => typeof key?.accessKeyId !== 'string' || typeof key.secretAccessKey !== 'string',
        )
      ) {
        throw problem(
          `users[${index}].accessKeys must be a list of {accessKeyId, secretAccessKey}`,
        );
      }
      const { repositories } = user;
      if (
        repositories !== undefined &&
        (!Array.isArray(repositories) || repositories.some((name) => typeof name !== 'string'))
      )
        throw problem(`users[${index}].repositories must be a list of repository names`);
      return {
        userName: user.userName,
        policy: user.policy as ManagedPolicyName,
        ...(repositories ? { repositories } : {}),
        accessKeys: keys,
      };
    }),
  };
}

const keyIdAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function newAccessKey(): AccessKey {
  const suffix = Array.from(
    { length: 16 },
    () => keyIdAlphabet[randomInt(keyIdAlphabet.length)],
  ).join('');
  const secret = randomBytes(30).toString('base64');
  return { accessKeyId: `AKIA${suffix}`, secretAccessKey: secret };
}
