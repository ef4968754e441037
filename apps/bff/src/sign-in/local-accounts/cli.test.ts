import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAccounts } from './accounts.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let dir: string;
let file: string;

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, '--file', file, ...args], {
    input,
    encoding: 'utf8',
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'accounts-'));
  file = path.join(dir, 'accounts.json');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pnpm accounts', () => {
  it('adds a person, resets the password, lists and removes them', async () => {
    const added = run(['set', 'alice', '--display-name', 'Alice Example'], 'first long password\n');
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('Password set for alice');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = await readFile(file, 'utf8');
    expect(stored).toMatch(/"passwordHash": "scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('first long password');
    const accounts = localAccounts(file);
    expect((await accounts.verify('alice', 'first long password'))?.displayName).toBe(
      'Alice Example',
    );

    expect(run(['set', 'alice'], 'second long password\n').status).toBe(0);
    expect(await accounts.verify('alice', 'first long password')).toBeUndefined();
    expect((await accounts.verify('alice', 'second long password'))?.displayName).toBe(
      'Alice Example',
    );

    expect(run(['list']).stdout).toBe('alice  (Alice Example)\n');
    expect(run(['remove', 'alice']).status).toBe(0);
    expect(run(['list']).stdout).toBe('');
  });

  it('refuses a short password and an unknown command, changing nothing', () => {
    const short = run(['set', 'bob'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
    expect(run(['frobnicate', 'bob']).status).toBe(2);
    expect(run(['list']).stdout).toBe('');
  });
});
