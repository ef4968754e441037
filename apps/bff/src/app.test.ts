import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from './index.ts';

let staticDir: string;
let app: ReturnType<typeof createBff>;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'bff-static-'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Console</title>');
  await writeFile(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  // As the build writes them: a brotli and a gzip copy beside the asset.
  const script = 'console.log("compressed");\n'.repeat(100);
  await writeFile(path.join(staticDir, 'assets', 'big-5678.js'), script);
  await writeFile(path.join(staticDir, 'assets', 'big-5678.js.br'), brotliCompressSync(script));
  await writeFile(path.join(staticDir, 'assets', 'big-5678.js.gz'), gzipSync(script));
  app = createBff({
    sessionSecret: 'static-test-secret-long-enough-0123456789',
    signIn: { demoUsers: [{ userName: 'me', defaultCredentials: true }] },
    staticDir,
  });
});
afterAll(async () => {
  await rm(staticDir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves index.html for the root and for client-side routes, never cached', async () => {
    for (const url of ['/', '/repositories/shop/blob/main/README.md']) {
      const response = await app.request(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Console</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("worker-src 'self' blob:");
    }
  });

  it('serves hashed assets as immutable and a missing one as 404', async () => {
    const asset = await app.request('/assets/app-1234.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/assets/gone-0000.js')).status).toBe(404);
  });

  it('sends the precompressed copy the browser accepts, brotli first', async () => {
    const asBrowser = (acceptEncoding: string) =>
      app.request('/assets/big-5678.js', { headers: { 'Accept-Encoding': acceptEncoding } });
    const brotli = await asBrowser('gzip, deflate, br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await brotli.arrayBuffer());
    expect(brotliDecompressSync(bytes).toString()).toContain('compressed');
    expect((await asBrowser('gzip')).headers.get('content-encoding')).toBe('gzip');
    const plain = await asBrowser('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('compressed');
  });

  it('compresses large API answers on the fly, and leaves small ones', async () => {
    const large = await app.request(`/api/${'x'.repeat(2000)}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(large.headers.get('content-encoding')).toBe('gzip');
    const small = await app.request('/api/nope', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});

describe('createBff', () => {
  const demo = { demoUsers: [{ userName: 'me', defaultCredentials: true }] };
  const secret = 'x'.repeat(32);

  it('refuses a short session secret and sign-in settings that let nobody or anybody in', () => {
    expect(() => createBff({ sessionSecret: 'short', signIn: demo })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
    expect(() => createBff({ sessionSecret: secret, signIn: {} })).toThrow(
      /^signIn: signIn needs oidc, localAccounts/,
    );
    expect(() => createBff({ sessionSecret: secret, signIn: { demoUsers: [] } })).toThrow(
      /^signIn\.demoUsers: /,
    );
    expect(() =>
      createBff({
        sessionSecret: secret,
        signIn: {
          oidc: { issuer: 'not a url', clientId: 'console' },
          identities: [{ defaultCredentials: true }],
        },
      }),
    ).toThrow(/^signIn\.oidc\.issuer: must be a URL/);
    expect(() =>
      createBff({ sessionSecret: secret, signIn: { localAccounts: { file: 'a.json' } } }),
    ).toThrow(/identities needs at least one rule/);
    expect(() =>
      createBff({
        sessionSecret: secret,
        signIn: {
          localAccounts: { file: 'a.json' },
          identities: [{ assumeRoleWithWebIdentity: 'arn:aws:iam::123456789012:role/R' }],
        },
      }),
    ).toThrow(/assumeRoleWithWebIdentity needs oidc/);
  });

  it('refuses the demo name picker anywhere but on a loopback address', () => {
    expect(() => createBff({ sessionSecret: secret, signIn: demo, host: '0.0.0.0' })).toThrow(
      /demo's name picker lets anyone in, so it only runs on a loopback address \(HOST is 0\.0\.0\.0/,
    );
    expect(() =>
      createBff({ sessionSecret: secret, signIn: demo, publicUrl: 'https://console.example.com' }),
    ).toThrow(/only runs on a loopback address/);
    expect(() =>
      createBff({ sessionSecret: secret, signIn: demo, host: '127.0.0.1' }),
    ).not.toThrow();
  });

  it('refuses a public address that is not https', () => {
    const local = { localAccounts: { file: 'a.json' }, identities: [{ defaultCredentials: true }] };
    expect(() =>
      createBff({ sessionSecret: secret, signIn: local, publicUrl: 'http://console.example.com' }),
    ).toThrow(/^PUBLIC_URL: .* must use https:\/\//);
  });
});
