import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from './index.ts';

let staticDir: string;
let app: ReturnType<typeof createBff>;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'bff-static-'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Console</title>');
  await writeFile(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  app = createBff({
    sessionSecret: 'static-test-secret-long-enough-0123456789',
    users: [{ userName: 'me', defaultCredentials: true }],
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

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});

describe('createBff', () => {
  it('refuses a short session secret and an empty user list', () => {
    expect(() =>
      createBff({ sessionSecret: 'short', users: [{ userName: 'me', defaultCredentials: true }] }),
    ).toThrow(/at least 32 characters/);
    expect(() => createBff({ sessionSecret: 'x'.repeat(32), users: [] })).toThrow(/at least one/);
  });
});
