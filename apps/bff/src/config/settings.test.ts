import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from './settings.ts';

const secret = 'a-session-secret-of-at-least-32-characters';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'settings-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function configFile(content: unknown): Promise<string> {
  const file = path.join(dir, `console-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const team = {
  signIn: {
    localAccounts: { file: '/var/lib/console/accounts.json' },
    identities: [{ match: {}, profile: 'developer' }],
  },
};

describe('readSettings', () => {
  it('gives one person on this machine the defaults: loopback, port 3000, the demo picker', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      cacheBytes: 128 * 1024 * 1024,
      branchTipSeconds: 10,
      listCacheSeconds: 10,
      maxConcurrentCalls: 16,
      logLevel: 'info',
      trustedProxies: [],
    });
    // Without BASE_PATH the prefix comes from PUBLIC_URL's path, else `/` (see createBff).
    expect(settings.basePath).toBeUndefined();
    expect(settings.redisUrl).toBeUndefined();
    expect(settings.signIn.demoUsers?.[0]?.userName).toBe('me');
    expect(settings.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads every setting from the environment, converting numbers and lists', () => {
    const settings = readSettings({
      HOST: '0.0.0.0',
      PORT: '8080',
      PUBLIC_URL: 'https://console.example.com/console/',
      BASE_PATH: '/console/',
      TRUSTED_PROXIES: '10.0.0.1, 10.0.0.0/8',
      SESSION_SECRET: secret,
      CACHE_BYTES: '268435456',
      BRANCH_TIP_SECONDS: '0',
      LIST_CACHE_SECONDS: '30',
      MAX_CONCURRENT_CALLS: '4',
      REDIS_URL: 'redis://valkey:6379/0',
      LOG_LEVEL: 'debug',
      CONSOLE_CONFIG: undefined,
    });
    expect(settings).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://console.example.com/console/',
      basePath: '/console/',
      trustedProxies: ['10.0.0.1', '10.0.0.0/8'],
      cacheBytes: 268435456,
      branchTipSeconds: 0,
      listCacheSeconds: 30,
      maxConcurrentCalls: 4,
      redisUrl: 'redis://valkey:6379/0',
      logLevel: 'debug',
    });
  });

  it('names the environment variable at fault, with what it got', () => {
    expect(() => readSettings({ PORT: 'eighty' })).toThrow(
      'PORT: must be a whole number from 0 to 65535 (got "eighty")',
    );
    expect(() => readSettings({ CACHE_BYTES: '1000' })).toThrow(/^CACHE_BYTES: must be/);
    expect(() => readSettings({ MAX_CONCURRENT_CALLS: '0' })).toThrow(/^MAX_CONCURRENT_CALLS:/);
    expect(() => readSettings({ BRANCH_TIP_SECONDS: '-1' })).toThrow(/^BRANCH_TIP_SECONDS:/);
    expect(() => readSettings({ BASE_PATH: 'console' })).toThrow(
      /^BASE_PATH: must be a path that starts and ends with \//,
    );
    expect(() => readSettings({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL:/);
    expect(() => readSettings({ PUBLIC_URL: 'console.example.com' })).toThrow(
      /^PUBLIC_URL: must be a URL/,
    );
  });

  it('never repeats a secret in an error', () => {
    const attempt = () => readSettings({ REDIS_URL: 'http://user:hunter2@valkey:6379' });
    expect(attempt).toThrow('REDIS_URL: must start with redis:// or rediss://');
    expect(attempt).not.toThrow(/hunter2/);
    expect(() => readSettings({ SESSION_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() => readSettings({ SESSION_SECRET: 'short-secret' })).toThrow(
      'SESSION_SECRET: must be at least 32 characters',
    );
  });

  it('needs a session secret once the console is reachable from other machines', () => {
    expect(() => readSettings({ HOST: '0.0.0.0' })).toThrow(/^SESSION_SECRET: set it/);
  });

  it('reads one config file, with the environment over it', async () => {
    const file = await configFile({ ...team, port: 8443, logLevel: 'warn', sessionSecret: secret });
    const settings = readSettings({ CONSOLE_CONFIG: file, PORT: '9000' });
    expect(settings.port).toBe(9000);
    expect(settings.logLevel).toBe('warn');
    expect(settings.signIn.localAccounts?.file).toBe('/var/lib/console/accounts.json');
    expect(settings.signIn.demoUsers).toBeUndefined();
  });

  it('names the file and the key at fault, sign-in settings included', async () => {
    const badIssuer = await configFile({
      sessionSecret: secret,
      signIn: {
        oidc: { issuer: 'not a url', clientId: 'console' },
        identities: [{ match: {}, profile: 'developer' }],
      },
    });
    expect(() => readSettings({ CONSOLE_CONFIG: badIssuer })).toThrow(
      `${badIssuer}: signIn.oidc.issuer: must be a URL`,
    );
    const badKey = await configFile({ ...team, sessionSecret: secret, cacheSize: 5 });
    expect(() => readSettings({ CONSOLE_CONFIG: badKey })).toThrow(`${badKey}: `);
    expect(() => readSettings({ CONSOLE_CONFIG: badKey })).toThrow(/cacheSize/);
    const notJson = await configFile('{ port: 1');
    expect(() => readSettings({ CONSOLE_CONFIG: notJson })).toThrow(`CONSOLE_CONFIG ${notJson}:`);
  });

  it('puts OIDC_CLIENT_SECRET into the OpenID Connect settings', async () => {
    const file = await configFile({
      sessionSecret: secret,
      signIn: {
        oidc: { issuer: 'https://idp.example.com', clientId: 'console' },
        identities: [{ match: {}, profile: 'developer' }],
      },
    });
    const settings = readSettings({ CONSOLE_CONFIG_FILE: file, OIDC_CLIENT_SECRET: 'from-env' });
    expect(settings.signIn.oidc?.clientSecret).toBe('from-env');
  });
});
