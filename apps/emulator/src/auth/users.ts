import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  describeIssues,
  emulatorConfigSchema,
  type AccessKey,
  type EmulatorConfig,
  type RoleConfig,
  type UserConfig,
} from './config-schema.ts';
import type { ManagedPolicyName } from './policies.ts';

export type { AccessKey, EmulatorConfig, RoleConfig, UserConfig };

/**
 * The emulator's IAM users, roles and OpenID Connect providers, kept in `<dataDir>/emulator.json`.
 * The file is created on first start with three demo users and three demo roles; edit it and
 * restart to change them:
 *
 * ```json
 * {
 *   "users": [
 *     { "userName": "admin", "policy": "AWSCodeCommitFullAccess",
 *       "accessKeys": [{ "accessKeyId": "AKIA…", "secretAccessKey": "…" }] }
 *   ],
 *   "openIdConnectProviders": [{ "url": "https://idp.example.com", "clientIds": ["console"] }],
 *   "roles": [
 *     { "roleName": "CodeCommitDeveloper", "policy": "AWSCodeCommitPowerUser",
 *       "trust": { "users": ["admin"],
 *                  "webIdentity": { "issuer": "https://idp.example.com", "audiences": ["console"] } } }
 *   ]
 * }
 * ```
 * `policy` is one of AWSCodeCommitFullAccess, AWSCodeCommitPowerUser, AWSCodeCommitReadOnly.
 */
export const demoUsers: ReadonlyArray<{ userName: string; policy: ManagedPolicyName }> = [
  { userName: 'admin', policy: 'AWSCodeCommitFullAccess' },
  { userName: 'developer', policy: 'AWSCodeCommitPowerUser' },
  { userName: 'reader', policy: 'AWSCodeCommitReadOnly' },
];

/** Added when the file has no `roles` yet; each trusts `admin`, so a console holding the admin's keys can act as any of them. */
export const demoRoles: ReadonlyArray<RoleConfig> = [
  { roleName: 'CodeCommitAdmin', policy: 'AWSCodeCommitFullAccess', trust: { users: ['admin'] } },
  {
    roleName: 'CodeCommitDeveloper',
    policy: 'AWSCodeCommitPowerUser',
    trust: { users: ['admin'] },
  },
  { roleName: 'CodeCommitReader', policy: 'AWSCodeCommitReadOnly', trust: { users: ['admin'] } },
];

/**
 * Reads emulator.json, creating it (or the demo users and roles missing from it) first. A file
 * that does not fit the shape above stops the start with a message naming each bad field.
 */
export function loadEmulatorConfig(dataDir: string): EmulatorConfig {
  const file = path.join(dataDir, 'emulator.json');
  const raw = existsSync(file) ? readJson(file) : {};
  const changed = addDemoIdentities(raw) || !existsSync(file);
  const parsed = emulatorConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error)}`);
  // The file is written back as read plus the demo identities, so other settings keep their form.
  if (changed) {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(raw, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }
  return parsed.data;
}

/** The users of emulator.json (see {@link loadEmulatorConfig}). */
export const loadUsers = (dataDir: string): UserConfig[] => loadEmulatorConfig(dataDir).users;

function readJson(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: expected an object such as {"users": [...]}`);
  return parsed as Record<string, unknown>;
}

/** Adds the demo users (or a key for a demo user without one) and, once, the demo roles. */
function addDemoIdentities(raw: Record<string, unknown>): boolean {
  let changed = false;
  if (raw.users === undefined) raw.users = [];
  if (!Array.isArray(raw.users)) return false;
  const users = raw.users as Array<Partial<UserConfig> | null>;
  for (const demo of demoUsers) {
    const user = users.find((candidate) => candidate?.userName === demo.userName);
    if (!user) {
      users.push({ ...demo, accessKeys: [newAccessKey()] });
      changed = true;
    } else if (user.accessKeys === undefined || user.accessKeys.length === 0) {
      user.accessKeys = [newAccessKey()];
      changed = true;
    }
  }
  if (raw.roles === undefined) {
    raw.roles = demoRoles.map((role) => structuredClone(role));
    raw.openIdConnectProviders ??= [];
    changed = true;
  }
  return changed;
}

const keyIdAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An id as IAM makes access key ids (AKIA, ASIA) and SSH public key ids (APKA): a 4-letter prefix and 16 base32 characters. */
export const newAccessKeyId = (prefix: 'AKIA' | 'ASIA' | 'APKA'): string =>
  prefix +
  Array.from({ length: 16 }, () => keyIdAlphabet[randomInt(keyIdAlphabet.length)]).join('');

export const newSecretAccessKey = (): string => randomBytes(30).toString('base64');

function newAccessKey(): AccessKey {
  return { accessKeyId: newAccessKeyId('AKIA'), secretAccessKey: newSecretAccessKey() };
}
