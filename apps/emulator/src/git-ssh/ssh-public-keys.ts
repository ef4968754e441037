import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ssh2 from 'ssh2';

/** An SSH public key of an IAM user, as IAM's UploadSSHPublicKey returns it. */
export interface SshPublicKey {
  userName: string;
  sshPublicKeyId: string;
  status: 'Active' | 'Inactive';
  key: ssh2.ParsedKey;
}

/**
 * The SSH public keys of the emulator's IAM users, from `<dataDir>/emulator.json`:
 *
 * ```json
 * { "users": [{ "userName": "developer", …,
 *   "sshPublicKeys": [{ "sshPublicKeyId": "APKAEIBAERJR2EXAMPLE", "sshPublicKeyBody": "ssh-ed25519 AAAA…", "status": "Active" }] }] }
 * ```
 * The key id is the SSH user name, as on AWS (`ssh://APKA…@git-codecommit.<region>.amazonaws.com`).
 *
 * @returns the keys by sshPublicKeyId; a malformed entry stops the start with its place named.
 */
export function loadSshPublicKeys(dataDir: string): Map<string, SshPublicKey> {
  const file = path.join(dataDir, 'emulator.json');
  const keys = new Map<string, SshPublicKey>();
  if (!existsSync(file)) return keys;
  const { users = [] } = JSON.parse(readFileSync(file, 'utf8')) as {
    users?: Array<{ userName?: unknown; sshPublicKeys?: unknown }>;
  };
  for (const user of users) {
    if (user.sshPublicKeys === undefined) continue;
    const where = `${file}: user ${String(user.userName)}`;
    if (!Array.isArray(user.sshPublicKeys))
      throw new Error(`${where}: sshPublicKeys must be a list`);
    for (const entry of user.sshPublicKeys as Array<Record<string, unknown>>) {
      const { sshPublicKeyId, sshPublicKeyBody, status = 'Active' } = entry;
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
      keys.set(sshPublicKeyId, {
        userName: String(user.userName),
        sshPublicKeyId,
        status,
        key,
      });
    }
  }
  return keys;
}
