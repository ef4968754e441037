import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { sessionTokens, type SessionClaims } from './session-token.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dataDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'session-token-'));
  dirs.push(dir);
  return dir;
};

const claims: SessionClaims = {
  accessKeyId: 'ASIAAAAAAAAAAAAAAAAA',
  secretAccessKey: 'secret',
  roleName: 'CodeCommitDeveloper',
  roleSessionName: 'alice',
  expiration: Date.UTC(2030, 0, 1),
};

test('opens what it sealed, with the same key after a restart, and keeps the key private', () => {
  const dir = dataDir();
  const token = sessionTokens(dir).seal(claims);
  expect(token).not.toContain('secret');
  expect(sessionTokens(dir).open(token)).toEqual(claims);
  expect(statSync(path.join(dir, 'sts-session-token.key')).mode & 0o777).toBe(0o600);
});

test('refuses an altered token, another folder’s token and text that is no token', () => {
  const dir = dataDir();
  const token = Buffer.from(sessionTokens(dir).seal(claims), 'base64');
  for (let index = 0; index < token.length; index += 7) {
    const altered = Buffer.from(token);
    altered[index] = (altered[index] ?? 0) ^ 0x20;
    expect(sessionTokens(dir).open(altered.toString('base64'))).toBeUndefined();
  }
  expect(sessionTokens(dataDir()).open(token.toString('base64'))).toBeUndefined();
  expect(sessionTokens(dir).open('FwoGZXIvYXdzEBogus')).toBeUndefined();
  expect(sessionTokens(dir).open('')).toBeUndefined();
});
