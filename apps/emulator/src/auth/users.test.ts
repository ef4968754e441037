import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadEmulatorConfig, loadUsers } from './users.ts';

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

test('adds the three demo roles, trusting admin, once', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'users-'));
  dirs.push(dataDir);
  const config = loadEmulatorConfig(dataDir);
  expect(config.roles).toEqual([
    { roleName: 'CodeCommitAdmin', policy: 'AWSCodeCommitFullAccess', trust: { users: ['admin'] } },
    {
      roleName: 'CodeCommitDeveloper',
      policy: 'AWSCodeCommitPowerUser',
      trust: { users: ['admin'] },
    },
    { roleName: 'CodeCommitReader', policy: 'AWSCodeCommitReadOnly', trust: { users: ['admin'] } },
  ]);
  expect(config.openIdConnectProviders).toEqual([]);

  // A team that removes the demo roles keeps an empty list.
  const file = path.join(dataDir, 'emulator.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), roles: [] }));
  expect(loadEmulatorConfig(dataDir).roles).toEqual([]);
});

test.each([
  [
    { roles: [{ roleName: 'R', policy: 'AWSCodeCommitReadOnly', trust: { users: ['nobody'] } }] },
    'roles[0].trust.users[0] names no user of "users": "nobody"',
  ],
  [
    {
      roles: [
        {
          roleName: 'R',
          policy: 'AWSCodeCommitReadOnly',
          trust: { webIdentity: { issuer: 'https://idp.example.com', audiences: ['console'] } },
        },
      ],
    },
    'roles[0].trust.webIdentity.issuer must be the url of one of "openIdConnectProviders"',
  ],
  [
    { openIdConnectProviders: [{ url: 'http://idp.example.com', clientIds: ['console'] }] },
    'openIdConnectProviders[0].url must start with https:// (http:// only for a loopback host)',
  ],
  [
    { openIdConnectProviders: [{ url: 'https://idp.example.com', clientIds: [] }] },
    'openIdConnectProviders[0].clientIds must name at least one client id',
  ],
  [
    { roles: [{ roleName: 'bad name', policy: 'AWSCodeCommitReadOnly' }] },
    'roles[0].roleName must be',
  ],
  [{ roles: [{ roleName: 'R', policy: 'Everything' }] }, 'roles[0].policy must be one of'],
])('refuses emulator.json %j, naming the field', (settings, message) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'users-'));
  dirs.push(dataDir);
  writeFileSync(path.join(dataDir, 'emulator.json'), JSON.stringify({ users: [], ...settings }));
  expect(() => loadEmulatorConfig(dataDir)).toThrow(message);
});

test('accepts a loopback http issuer and a role trusting it, without a trailing slash', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'users-'));
  dirs.push(dataDir);
  writeFileSync(
    path.join(dataDir, 'emulator.json'),
    JSON.stringify({
      users: [],
      openIdConnectProviders: [{ url: 'http://127.0.0.1:4000/', clientIds: ['console'] }],
      roles: [
        {
          roleName: 'CodeCommitDeveloper',
          policy: 'AWSCodeCommitPowerUser',
          trust: {
            users: ['developer'],
            webIdentity: { issuer: 'http://127.0.0.1:4000', audiences: ['console'] },
          },
        },
      ],
    }),
  );
  const config = loadEmulatorConfig(dataDir);
  expect(config.openIdConnectProviders[0]?.url).toBe('http://127.0.0.1:4000');
  expect(config.roles[0]?.trust.webIdentity?.issuer).toBe('http://127.0.0.1:4000');
});
