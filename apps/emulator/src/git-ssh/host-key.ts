import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ssh2 from 'ssh2';

/**
 * The SSH listener's host key, made once into `<dataDir>/ssh/ssh_host_ed25519_key` so clients
 * that trusted it keep trusting it across restarts.
 *
 * @example
 * new ssh2.Server({ hostKeys: [sshHostKey(dataDir)] });
 */
export function sshHostKey(dataDir: string): string {
  const file = path.join(dataDir, 'ssh', 'ssh_host_ed25519_key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: 'codecommit-emulator' });
    writeFileSync(file, pair.private, { mode: 0o600 });
    writeFileSync(`${file}.pub`, `${pair.public}\n`);
  }
  return readFileSync(file, 'utf8');
}
