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
    const pair = generateParsableKeyPair();
    writeFileSync(file, pair.private, { mode: 0o600 });
    writeFileSync(`${file}.pub`, `${pair.public}\n`);
  }
  return readFileSync(file, 'utf8');
}

/**
 * ssh2 writes about one ed25519 key in a hundred in a form its own parser then refuses
 * ("Malformed OpenSSH private key"): make keys until one reads back.
 */
function generateParsableKeyPair(): { private: string; public: string } {
  for (;;) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: 'codecommit-emulator' });
    if (!(ssh2.utils.parseKey(pair.private) instanceof Error)) return pair;
  }
}
