import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from '../index.ts';

let staticDir: string;
let app: ReturnType<typeof createBff>;
const publicUrl = 'https://localhost:8443/console/';
/** As nginx sends it: TLS ended at the proxy, which the BFF trusts (loopback here). */
const proxied = {
  Host: 'localhost:8443',
  'X-Forwarded-Proto': 'https',
  'X-Forwarded-For': '203.0.113.7',
};
/** A request as node-server hands it over, from nginx on this machine. */
const fromProxy = (url: string, init: RequestInit = {}) => {
  const headers = new Headers({ ...proxied, ...Object.fromEntries(new Headers(init.headers)) });
  const incoming = {
    socket: { remoteAddress: '127.0.0.1' },
    connection: { remoteAddress: '127.0.0.1' },
    headers: Object.fromEntries(headers),
  };
  return app.request(url, { ...init, headers }, { incoming });
};

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'bff-base-path-'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html><head><base href="/" /><script type="module" src="./assets/app-1.js"></script></head></html>',
  );
  await writeFile(path.join(staticDir, 'assets', 'app-1.js'), 'console.log(1)');
  app = createBff({
    sessionSecret: 'base-path-test-secret-long-enough-0123',
    signIn: { demoUsers: [{ userName: 'me', defaultCredentials: true }] },
    staticDir,
    publicUrl,
    trustedProxies: ['loopback'],
    instanceId: 'bff-7',
  });
});
afterAll(async () => {
  await rm(staticDir, { recursive: true, force: true });
});

describe('under a path prefix (PUBLIC_URL /console/)', () => {
  it('serves the app and its assets under the prefix, naming it in <base href>', async () => {
    const page = await fromProxy('/console/repositories/shop');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<base href="/console/" />');
    expect(html).not.toContain('<base href="/" />');
    expect(page.headers.get('x-console-instance')).toBe('bff-7');
    const asset = await fromProxy('/console/assets/app-1.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fromProxy('/assets/app-1.js')).status).toBe(404);
    expect((await fromProxy('/api/session')).status).toBe(404);
  });

  it('answers the API under the prefix and scopes a Secure cookie to it', async () => {
    // Signing out needs no AWS: its answer sets the session cookie (empty) with its attributes.
    const signedOut = await fromProxy('/console/api/session', {
      method: 'DELETE',
      headers: { Origin: 'https://localhost:8443', 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(signedOut.status).toBe(200);
    const cookie = signedOut.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Secure-cc_session=/);
    expect(cookie).toMatch(/Path=\/console\//);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('refuses a BASE_PATH that disagrees with PUBLIC_URL', () => {
    expect(() =>
      createBff({
        sessionSecret: 'x'.repeat(32),
        signIn: { demoUsers: [{ userName: 'me', defaultCredentials: true }] },
        publicUrl,
        basePath: '/other/',
      }),
    ).toThrow(/^BASE_PATH: \/other\/ differs from PUBLIC_URL's path \/console\//);
  });
});
