import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ssh2 from 'ssh2';
import { fingerprintOf } from './public-key-body.ts';

export type SshPublicKeyStatus = 'Active' | 'Inactive';

/** An SSH public key of an IAM user, as IAM's UploadSSHPublicKey returns it. */
export interface SshPublicKey {
  userName: string;
  sshPublicKeyId: string;
  status: SshPublicKeyStatus;
  /** The key as text (`ssh-rsa AAAA…`). */
  body: string;
  key: ssh2.ParsedKey;
  /** The MD5 fingerprint IAM reports. */
  fingerprint: string;
  uploadDate: Date;
}

/** The IAM users' SSH public keys: the SSH listener's users, and IAM's SSH key actions' data. */
export interface SshPublicKeys {
  /** The key whose id is `sshPublicKeyId` (the SSH user name), of any user. */
  find(sshPublicKeyId: string): SshPublicKey | undefined;
  /** A user's keys, oldest first. */
  listOf(userName: string): SshPublicKey[];
  /** Adds a key and writes it to emulator.json before returning. */
  add(key: SshPublicKey): void;
  setStatus(sshPublicKeyId: string, status: SshPublicKeyStatus): void;
  remove(sshPublicKeyId: string): void;
}

/**
 * The SSH public keys of the emulator's IAM users, kept in `<dataDir>/emulator.json` beside the
 * users, so keys written there by hand and keys uploaded through IAM live in one place:
 *
 * ```json
 * { "users": [{ "userName": "developer", …,
 *   "sshPublicKeys": [{ "sshPublicKeyId": "APKAEIBAERJR2EXAMPLE", "sshPublicKeyBody": "ssh-rsa AAAA…",
 *                        "status": "Active", "uploadDate": "2026-01-01T00:00:00.000Z" }] }] }
 * ```
 * The key id is the SSH user name, as on AWS (`ssh://APKA…@git-codecommit.<region>.amazonaws.com`).
 * A key written by hand may be of any type ssh2 reads (ssh-ed25519 too); `uploadDate` defaults to
 * the file's time. Every change is written back at once (the rest of the file as it is on disk).
 *
 * @example
 * const keys = sshPublicKeys(dataDir);
 * keys.find('APKAEIBAERJR2EXAMPLE')?.userName; // 'developer'
 */
export function sshPublicKeys(dataDir: string): SshPublicKeys {
  const file = path.join(dataDir, 'emulator.json');
  const keys = loadKeys(file);
  const save = (): void => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as {
      users?: Array<Record<string, unknown>>;
    };
    for (const user of raw.users ?? []) {
      const own = [...keys.values()].filter((key) => key.userName === user.userName);
      if (own.length === 0 && user.sshPublicKeys === undefined) continue;
      user.sshPublicKeys = own.map((key) => ({
        sshPublicKeyId: key.sshPublicKeyId,
        sshPublicKeyBody: key.body,
        status: key.status,
        uploadDate: key.uploadDate.toISOString(),
      }));
    }
    writeFileSync(`${file}.tmp`, `${JSON.stringify(raw, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    find: (sshPublicKeyId) => keys.get(sshPublicKeyId),
    listOf: (userName) =>
      [...keys.values()]
        .filter((key) => key.userName === userName)
        .sort((a, b) => a.uploadDate.getTime() - b.uploadDate.getTime()),
    add(key) {
      keys.set(key.sshPublicKeyId, key);
      save();
    },
    setStatus(sshPublicKeyId, status) {
      const key = keys.get(sshPublicKeyId);
      if (!key) return;
      keys.set(sshPublicKeyId, { ...key, status });
      save();
    },
    remove(sshPublicKeyId) {
      if (keys.delete(sshPublicKeyId)) save();
    },
  };
}

/** The keys of emulator.json by id; a malformed entry stops the start with its place named. */
function loadKeys(file: string): Map<string, SshPublicKey> {
  const keys = new Map<string, SshPublicKey>();
  if (!existsSync(file)) return keys;
  const fileTime = statSync(file).mtime;
  const { users = [] } = JSON.parse(readFileSync(file, 'utf8')) as {
    users?: Array<{ userName?: unknown; sshPublicKeys?: unknown }>;
  };
  for (const user of users) {
    if (user.sshPublicKeys === undefined) continue;
    const where = `${file}: user ${String(user.userName)}`;
    if (!Array.isArray(user.sshPublicKeys))
      throw new Error(`${where}: sshPublicKeys must be a list`);
    for (const entry of user.sshPublicKeys as Array<Record<string, unknown>>) {
      const { sshPublicKeyId, sshPublicKeyBody, status = 'Active', uploadDate } = entry;
      // IAM's pattern for an SSH public key id (IAM API reference, SSHPublicKey).
      if (typeof sshPublicKeyId !== 'string' || !/^[\w]{20,128}$/.test(sshPublicKeyId))
        throw new Error(`${where}: sshPublicKeyId must be an id such as APKAEIBAERJR2EXAMPLE`);
      if (status !== 'Active' && status !== 'Inactive')
        throw new Error(`${where}: status of ${sshPublicKeyId} must be Active or Inactive`);
      const key = typeof sshPublicKeyBody === 'string' && ssh2.utils.parseKey(sshPublicKeyBody);
      if (!key || key instanceof Error || Array.isArray(key) || key.isPrivateKey())
        throw new Error(
          `${where}: sshPublicKeyBody of ${sshPublicKeyId} is not an SSH public key (ssh-ed25519 AAAA…, ssh-rsa AAAA…)`,
        );
      const uploaded = typeof uploadDate === 'string' ? new Date(uploadDate) : fileTime;
      if (Number.isNaN(uploaded.getTime()))
        throw new Error(`${where}: uploadDate of ${sshPublicKeyId} must be an ISO 8601 time`);
      keys.set(sshPublicKeyId, {
        userName: String(user.userName),
        sshPublicKeyId,
        status,
        body: (sshPublicKeyBody as string).trim(),
        key,
        fingerprint: fingerprintOf(key),
        uploadDate: uploaded,
      });
    }
  }
  return keys;
}
