import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, describe, expect, it } from 'vitest';
import { sshHostKey } from './host-key.ts';

describe('sshHostKey', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes a key ssh2 can read, every time (ssh2 writes some it cannot parse)', () => {
    // About one generated key in a hundred is unreadable: 500 starts would meet several.
    for (let start = 0; start < 500; start += 1) {
      const dir = mkdtempSync(path.join(tmpdir(), 'host-key-'));
      dirs.push(dir);
      expect(ssh2.utils.parseKey(sshHostKey(dir))).not.toBeInstanceOf(Error);
    }
  });

  it('keeps the key across restarts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'host-key-'));
    dirs.push(dir);
    const first = sshHostKey(dir);
    expect(sshHostKey(dir)).toBe(first);
    expect(readFileSync(path.join(dir, 'ssh', 'ssh_host_ed25519_key.pub'), 'utf8')).toMatch(
      /^ssh-ed25519 /,
    );
  });
});
