import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@cc/emulator';
import { createBff } from '../index.ts';
import { localAccounts } from '../sign-in/local-accounts/accounts.ts';

/**
 * Sign-in against a real emulator (its IAM users and STS): the demo's name picker, local
 * accounts with scrypt hashes and throttling, sessions that end at sign-out and at expiry, and
 * the host allow-list and proxy rules around them.
 */
const sessionSecret = 'a-test-secret-that-is-long-enough-0123456789';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;
let accountsFile: string;
let clock = Date.parse('2030-01-01T00:00:00Z');
const now = () => clock;

const demo = () =>
  createBff({
    sessionSecret,
    now,
    signIn: {
      demoUsers: [
        { userName: 'admin', description: 'Full access', profile: 'admin' },
        { userName: 'reader', profile: 'reader' },
      ],
    },
  });
const local = (options: { publicUrl?: string; trustedProxies?: string[] } = {}) =>
  createBff({
    sessionSecret,
    now,
    ...options,
    signIn: {
      localAccounts: { file: accountsFile },
      identities: [
        { match: { localAccounts: ['alice'] }, profile: 'developer' },
        { match: { localAccounts: ['bob'] }, profile: 'reader' },
      ],
    },
  });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bff-session-'));
  emulator = await startEmulator({ dataDir, port: 0 });
  process.env.AWS_CONFIG_FILE = emulator.emulator.configFile;
  process.env.AWS_SHARED_CREDENTIALS_FILE = emulator.emulator.credentialsFile;
  process.env.AWS_REGION = 'us-east-1';
  accountsFile = path.join(dataDir, 'accounts.json');
  const accounts = localAccounts(accountsFile);
  await accounts.setPassword('alice', 'correct horse battery staple');
  await accounts.setPassword('bob', 'another long passphrase');
  await accounts.setPassword('carol', 'carol has no identity rule');
});
afterAll(async () => {
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

type App = ReturnType<typeof createBff>;
const json = { 'Content-Type': 'application/json' };
const cookieOf = (response: Response) =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const whoIs = async (app: App, cookie: string) =>
  (
    (await (await app.request('/api/session', { headers: { Cookie: cookie } })).json()) as {
      user: { userName: string; arn: string } | null;
    }
  ).user;
const pick = (app: App, userName: string, headers: Record<string, string> = {}) =>
  app.request('/api/session', {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify({ userName }),
  });
const signInLocal = (app: App, userName: string, password: string) =>
  app.request('/api/session/local', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ userName, password }),
  });

describe('the demo name picker', () => {
  it('offers the demo users and nobody signed in', async () => {
    const response = await demo().request('/api/session');
    expect(await response.json()).toEqual({
      user: null,
      signIn: {
        demoUsers: [{ userName: 'admin', description: 'Full access' }, { userName: 'reader' }],
      },
    });
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie; the user is who STS says the identity is', async () => {
    const app = demo();
    const response = await pick(app, 'admin');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^cc_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure');
    expect(await whoIs(app, cookieOf(response))).toEqual({
      userName: 'admin',
      arn: 'arn:aws:iam::123456789012:user/admin',
      accountId: '123456789012',
      region: 'us-east-1',
      via: 'demo',
    });
  });

  it('ignores a tampered cookie and one that was signed out', async () => {
    const app = demo();
    const cookie = cookieOf(await pick(app, 'reader'));
    const [name, value = ''] = cookie.split('=');
    const forged = `${name}=${'A'.repeat(43)}.${value.split('.')[1] ?? ''}`;
    expect(await whoIs(app, forged)).toBeNull();
    expect((await whoIs(app, cookie))?.userName).toBe('reader');
    const out = await app.request('/api/session', {
      method: 'DELETE',
      headers: { Cookie: cookie },
    });
    expect(out.headers.get('set-cookie')).toMatch(/cc_session=;.*Max-Age=0/);
    // The browser forgot it; a copy kept elsewhere is worth nothing now.
    expect(await whoIs(app, cookie)).toBeNull();
    const reused = await app.request('/api/repositories', { headers: { Cookie: cookie } });
    expect(reused.status).toBe(401);
  });

  it('ends sessions after 12 hours', async () => {
    const app = demo();
    const cookie = cookieOf(await pick(app, 'reader'));
    clock += 11 * 3600_000;
    expect((await app.request('/api/repositories', { headers: { Cookie: cookie } })).status).toBe(
      200,
    );
    clock += 1 * 3600_000 + 1;
    const expired = await app.request('/api/repositories', { headers: { Cookie: cookie } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: 'Sign in first' });
  });

  it('refuses an unknown user with 404 and a missing one with 400 naming the field', async () => {
    const unknown = await pick(demo(), 'mallory');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No console user named mallory' });
    const missing = await demo().request('/api/session', {
      method: 'POST',
      headers: json,
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toMatch(/^userName: /);
  });

  it('refuses a cross-site sign-in', async () => {
    const app = demo();
    const bySite = await pick(app, 'admin', {
      'Sec-Fetch-Site': 'cross-site',
      Origin: 'https://evil.example',
    });
    expect(bySite.status).toBe(403);
    expect(await bySite.json()).toEqual({ error: 'Cross-site request refused' });
    expect(bySite.headers.get('set-cookie')).toBeNull();
    expect((await pick(app, 'admin', { Origin: 'https://evil.example' })).status).toBe(403);
    expect(
      (await pick(app, 'admin', { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }))
        .status,
    ).toBe(200);
  });

  it('answers only requests that name a loopback host (no DNS rebinding)', async () => {
    const app = demo();
    const rebound = await app.request('http://attacker.example/api/session', {
      headers: { Host: 'attacker.example' },
    });
    expect(rebound.status).toBe(421);
    expect(((await rebound.json()) as { error: string }).error).toBe(
      "Host attacker.example is not this console's address: it answers only on a loopback address (localhost)",
    );
    const page = await app.request('http://attacker.example/', {
      headers: { Host: 'attacker.example' },
    });
    expect(page.status).toBe(421);
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000'])
      expect(
        (await app.request(`http://${host}/api/session`, { headers: { Host: host } })).status,
      ).toBe(200);
  });
});

describe('local accounts', () => {
  it('signs in with the right password as the identity the rules choose', async () => {
    const app = local();
    const response = await signInLocal(app, 'alice', 'correct horse battery staple');
    expect(response.status).toBe(200);
    expect(await whoIs(app, cookieOf(response))).toMatchObject({
      userName: 'alice',
      arn: 'arn:aws:iam::123456789012:user/developer',
      via: 'local',
    });
  });

  it('refuses a wrong password, an unknown name and a person no rule covers, and never a name alone', async () => {
    const app = local();
    const wrong = await signInLocal(app, 'bob', 'not the password');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'Wrong user name or password' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await signInLocal(app, 'nobody', 'whatever it is')).status).toBe(401);
    const uncovered = await signInLocal(app, 'carol', 'carol has no identity rule');
    expect(uncovered.status).toBe(403);
    expect(((await uncovered.json()) as { error: string }).error).toMatch(
      /No AWS identity is set up for carol/,
    );
    const byName = await pick(app, 'alice');
    expect(byName.status).toBe(403);
    expect(byName.headers.get('set-cookie')).toBeNull();
    expect(
      ((await (await app.request('/api/session')).json()) as { signIn: unknown }).signIn,
    ).toEqual({
      localAccounts: true,
    });
  });

  it('holds an account back after five failures, even with the right password', async () => {
    const app = local();
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await signInLocal(app, 'bob', `guess ${attempt}`)).status).toBe(401);
    const held = await signInLocal(app, 'bob', 'another long passphrase');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await held.json()) as { error: string }).error).toMatch(/^Too many failed sign-ins/);
    // Another account from the same place is not held back by bob's failures alone.
    expect((await signInLocal(app, 'alice', 'correct horse battery staple')).status).toBe(200);
  });
});

describe('behind a proxy', () => {
  let server: ServerType;
  let base: string;
  const start = (app: App) =>
    new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));

  it('believes X-Forwarded-* only from a trusted proxy, and then sets a Secure __Host- cookie', async () => {
    const headers = {
      ...json,
      Host: 'console.example.com',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'console.example.com',
    };
    const body = JSON.stringify({ userName: 'alice', password: 'correct horse battery staple' });
    await start(local({ publicUrl: 'https://console.example.com', trustedProxies: ['127.0.0.1'] }));
    try {
      const response = await fetch(`${base}/api/session/local`, { method: 'POST', headers, body });
      expect(response.status).toBe(200);
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^__Host-cc_session=/);
      expect(setCookie).toContain('Secure');
      const elsewhere = await fetch(`${base}/api/session`, {
        headers: { Host: 'other.example.com', 'X-Forwarded-Host': 'other.example.com' },
      });
      expect(elsewhere.status).toBe(421);
    } finally {
      await stop();
    }
    // The same headers from a peer that is not a configured proxy: the Host it names is checked
    // as is, and its claim of https is not believed.
    await start(local({ publicUrl: 'https://console.example.com', trustedProxies: ['10.0.0.1'] }));
    try {
      const spoofed = await fetch(`${base}/api/session`, {
        headers: { Host: '127.0.0.1', 'X-Forwarded-Host': 'console.example.com' },
      });
      expect(spoofed.status).toBe(421);
    } finally {
      await stop();
    }
  });
});
