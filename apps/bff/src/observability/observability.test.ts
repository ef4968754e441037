import { CodeCommitClient, CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { startEmulator } from '@cc/emulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from '../index.ts';
import { startThrottlingProxy, type ThrottlingProxy } from '../testing/throttling-proxy.ts';
import { createLogger } from './logger.ts';

const sessionSecret = 'observability-secret-of-at-least-32-characters';
let dataDir: string;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let proxy: ThrottlingProxy;
let app: ReturnType<typeof createBff>;
let cookie: string;
const raw: string[] = [];
const saved = { ...process.env };

const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
const lineFor = (id: string | null) => lines().find((line) => line.reqId === id);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bff-observability-'));
  emulator = await startEmulator({ dataDir, port: 0 });
  proxy = await startThrottlingProxy(emulator.url);
  Object.assign(process.env, {
    AWS_CONFIG_FILE: emulator.emulator.configFile,
    AWS_SHARED_CREDENTIALS_FILE: emulator.emulator.credentialsFile,
    AWS_ENDPOINT_URL_CODECOMMIT: proxy.url,
    AWS_REGION: 'us-east-1',
  });
  const admin = emulator.emulator.users.find((user) => user.userName === 'admin')!;
  await new CodeCommitClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey },
  }).send(new CreateRepositoryCommand({ repositoryName: 'shop' }));
  app = createBff({
    sessionSecret,
    signIn: { demoUsers: [{ userName: 'developer', profile: 'developer' }] },
    logger: createLogger({ level: 'info', destination: { write: (line) => void raw.push(line) } }),
  });
  const signIn = await app.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: 'developer' }),
  });
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
});
afterAll(async () => {
  process.env = saved;
  await proxy.close();
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (url: string) =>
  app.request(url, {
    headers: { Cookie: cookie, Authorization: 'Bearer not-for-logs', 'X-Request-Id': 'trace-1' },
  });

describe('request logs', () => {
  it('write one JSON line per request: id, person, route, status, duration, CodeCommit calls', async () => {
    const response = await app.request('/api/repositories/shop', {
      headers: { Cookie: cookie },
    });
    expect(response.status).toBe(200);
    const line = lineFor(response.headers.get('x-request-id'));
    expect(line).toMatchObject({
      level: 30,
      msg: 'GET /api/repositories/shop 200',
      route: '/api/repositories/:repositoryName',
      req: { method: 'GET', path: '/api/repositories/shop' },
      res: { status: 200 },
      person: { id: 'demo:developer', name: 'developer' },
      codeCommit: { throttles: 0, retries: 0, operations: { GetRepository: 1 } },
    });
    expect(line?.responseTime).toEqual(expect.any(Number));
    const calls = Number(response.headers.get('x-codecommit-calls'));
    expect((line?.codeCommit as { calls: number }).calls).toBe(calls);
  });

  it('redact cookies and credentials, and keep the request id a proxy sent', async () => {
    await get('/api/repositories/shop');
    const line = lineFor('trace-1');
    expect(line).toMatchObject({
      req: { headers: { cookie: '[Redacted]', authorization: '[Redacted]' } },
    });
    const text = raw.join('');
    expect(text).not.toContain(cookie.split('=')[1]);
    expect(text).not.toContain('not-for-logs');
    expect(text).not.toContain(sessionSecret);
  });

  it('count the throttles and retries behind a call that succeeded in the end', async () => {
    proxy.throttle('ListRepositories', 1);
    const response = await app.request('/api/repositories', {
      headers: { Cookie: cookie, 'Cache-Control': 'no-cache', 'X-Request-Id': 'throttled-once' },
    });
    expect(response.status).toBe(200);
    expect(lineFor('throttled-once')).toMatchObject({
      route: '/api/repositories',
      codeCommit: { throttles: 1, retries: 1 },
    });
  });
});

describe('/metrics', () => {
  const metric = async (name: string) =>
    (await (await app.request('/metrics')).text())
      .split('\n')
      .filter((line) => line.startsWith(name));

  it('speaks Prometheus: requests and latency by route', async () => {
    const response = await app.request('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/repositories\/:repositoryName",status="200"\} 2$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/repositories\/:repositoryName"\} 2$/m,
    );
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('counts CodeCommit calls by operation and outcome, with throttled attempts and retries', async () => {
    proxy.throttle('ListRepositories', 3);
    const refused = await app.request('/api/repositories', {
      headers: { Cookie: cookie, 'Cache-Control': 'no-cache' },
    });
    expect(refused.status).toBe(429);
    expect(await metric('codecommit_calls_total')).toEqual(
      expect.arrayContaining([
        'codecommit_calls_total{operation="ListRepositories",outcome="success"} 1',
        'codecommit_calls_total{operation="ListRepositories",outcome="throttled"} 1',
      ]),
    );
    expect(await metric('codecommit_throttled_attempts_total')).toEqual([
      'codecommit_throttled_attempts_total{operation="ListRepositories"} 4',
    ]);
    expect(await metric('codecommit_retries_total')).toEqual([
      'codecommit_retries_total{operation="ListRepositories"} 3',
    ]);
  });

  it('reports the cache: bytes, entries, lookups and hit ratio', async () => {
    const [bytes] = await metric('console_cache_bytes ');
    expect(Number(bytes?.split(' ')[1])).toBeGreaterThan(0);
    expect(await metric('console_cache_max_bytes')).toEqual([
      `console_cache_max_bytes ${128 * 1024 * 1024}`,
    ]);
    const lookups = await metric('console_cache_lookups');
    const count = (result: string) =>
      Number(lookups.find((line) => line.includes(`"${result}"`))?.split(' ')[1]);
    expect(count('hit')).toBeGreaterThan(0);
    expect(count('miss')).toBeGreaterThan(0);
    const [ratio] = await metric('console_cache_hit_ratio');
    expect(Number(ratio?.split(' ')[1])).toBeCloseTo(count('hit') / (count('hit') + count('miss')));
  });
});
