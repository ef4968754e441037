import { startEmulator } from '@cc/emulator';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from '../../index.ts';
import { manualClock } from '../../testing/manual-clock.ts';
import { createReadiness } from './readiness.ts';

const sessionSecret = 'health-test-secret-of-at-least-32-characters';
let dataDir: string;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
const saved = { ...process.env };

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bff-health-'));
  emulator = await startEmulator({ dataDir: path.join(dataDir, 'emulator'), port: 0 });
  Object.assign(process.env, {
    AWS_CONFIG_FILE: emulator.emulator.configFile,
    AWS_SHARED_CREDENTIALS_FILE: emulator.emulator.credentialsFile,
    AWS_ENDPOINT_URL_CODECOMMIT: emulator.url,
    AWS_REGION: 'us-east-1',
  });
});
afterAll(async () => {
  process.env = saved;
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

const bffAs = (profile: string, options: Partial<Parameters<typeof createBff>[0]> = {}) =>
  createBff({ sessionSecret, signIn: { demoUsers: [{ userName: 'ops', profile }] }, ...options });

/** A port nothing listens on: CodeCommit "unreachable". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('/healthz', () => {
  it('answers JSON that the process is alive, never the web app', async () => {
    const staticDir = path.join(dataDir, 'web');
    await rm(staticDir, { recursive: true, force: true });
    await import('node:fs/promises').then(({ mkdir }) => mkdir(staticDir));
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Console</title>');
    const response = await bffAs('reader', { staticDir }).request('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'alive' });
  });

  it('answers a load balancer that asks by the instance address, whatever PUBLIC_URL says', async () => {
    const app = bffAs('reader', {
      signIn: {
        localAccounts: { file: path.join(dataDir, 'accounts.json') },
        identities: [{ match: {}, profile: 'reader' }],
      },
      publicUrl: 'https://console.example.com/',
    });
    const response = await app.request('http://10.0.0.7:3000/healthz');
    expect(response.status).toBe(200);
    expect((await app.request('http://10.0.0.7:3000/api/session')).status).toBe(421);
  });
});

describe('/readyz', () => {
  it('is ready when CodeCommit answers the console’s own identity', async () => {
    const response = await bffAs('reader').request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      checks: {
        configuration: { ok: true, detail: 'valid' },
        codecommit: { ok: true, detail: 'reachable' },
      },
    });
  });

  it('is not ready, saying why, when CodeCommit cannot be reached', async () => {
    process.env.AWS_ENDPOINT_URL_CODECOMMIT = `http://127.0.0.1:${await closedPort()}`;
    try {
      const response = await bffAs('reader').request('/readyz');
      expect(response.status).toBe(503);
      const report = (await response.json()) as {
        ready: boolean;
        checks: Record<string, { ok: boolean; error?: string }>;
      };
      expect(report.ready).toBe(false);
      expect(report.checks.codecommit?.ok).toBe(false);
      expect(report.checks.codecommit?.error).toMatch(
        /^CodeCommit cannot be reached: .*ECONNREFUSED/,
      );
      expect(report.checks.configuration?.ok).toBe(true);
    } finally {
      process.env.AWS_ENDPOINT_URL_CODECOMMIT = emulator.url;
    }
  });

  it('is not ready when CodeCommit refuses the console’s credentials', async () => {
    const credentials = path.join(dataDir, 'wrong-credentials');
    await writeFile(
      credentials,
      '[reader]\naws_access_key_id = AKIAWRONGWRONGWRONG0\naws_secret_access_key = wrong\n',
    );
    process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
    try {
      const response = await bffAs('reader').request('/readyz');
      expect(response.status).toBe(503);
      const report = (await response.json()) as { checks: Record<string, { error?: string }> };
      expect(report.checks.codecommit?.error).toMatch(
        /^CodeCommit refuses the console's credentials: UnrecognizedClientException/,
      );
    } finally {
      process.env.AWS_SHARED_CREDENTIALS_FILE = emulator.emulator.credentialsFile;
    }
  });

  it('is not ready when the web app it serves has gone', async () => {
    const response = await bffAs('reader', { staticDir: path.join(dataDir, 'no-build') }).request(
      '/readyz',
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      checks: {
        configuration: {
          ok: false,
          error: expect.stringMatching(/^STATIC_DIR: .* has no index.html/),
        },
      },
    });
  });

  it('runs the checks others register, such as the shared state', async () => {
    const app = bffAs('reader', {
      readinessChecks: [
        {
          name: 'redis',
          check: async () => {
            throw new Error('Redis at redis://127.0.0.1:1 does not answer');
          },
        },
      ],
    });
    const down = await app.request('/readyz');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      ready: false,
      checks: {
        redis: { ok: false, error: 'Redis at redis://127.0.0.1:1 does not answer' },
        codecommit: { ok: true },
      },
    });
  });

  it('asks again only once the last report is two seconds old, and never twice at once', async () => {
    const clock = manualClock();
    let asked = 0;
    const readiness = createReadiness({ now: clock.now });
    readiness.register({ name: 'codecommit', check: async () => void (asked += 1) });
    const [first, second] = await Promise.all([readiness.report(), readiness.report()]);
    expect(first).toBe(second);
    expect(asked).toBe(1);
    await readiness.report();
    expect(asked).toBe(1);
    clock.advance(2000);
    await readiness.report();
    expect(asked).toBe(2);
  });
});
