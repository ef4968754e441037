import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadUsers } from './users.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('adding the missing demo users keeps the other settings of emulator.json', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'users-'));
  dirs.push(dataDir);
  const file = path.join(dataDir, 'emulator.json');
  const triggerDestinations = {
    'arn:aws:sns:us-east-1:123456789012:builds': 'http://127.0.0.1:9/hook',
  };
  writeFileSync(file, JSON.stringify({ users: [], triggerDestinations }));

  const users = loadUsers(dataDir);

  expect(users.map((user) => user.userName).sort()).toEqual(['admin', 'developer', 'reader']);
  expect(JSON.parse(readFileSync(file, 'utf8')).triggerDestinations).toEqual(triggerDestinations);
});
