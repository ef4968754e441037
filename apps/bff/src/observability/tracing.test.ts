import { startEmulator } from '@cc/emulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createBff } from '../index.ts';
import { startTracing } from './tracing.ts';

interface ExportedSpan {
  name: string;
  spanId: string;
  parentSpanId?: string;
  traceId: string;
}

let dataDir: string;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let collector: Server;
const exported: ExportedSpan[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  // An OTLP/HTTP collector: what the exporter posts to /v1/traces, as JSON.
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const payload = JSON.parse(body) as {
        resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
      };
      for (const resource of payload.resourceSpans)
        for (const scope of resource.scopeSpans) exported.push(...scope.spans);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  dataDir = await mkdtemp(path.join(tmpdir(), 'bff-tracing-'));
  emulator = await startEmulator({ dataDir, port: 0 });
  Object.assign(process.env, {
    AWS_CONFIG_FILE: emulator.emulator.configFile,
    AWS_SHARED_CREDENTIALS_FILE: emulator.emulator.credentialsFile,
    AWS_ENDPOINT_URL_CODECOMMIT: emulator.url,
    AWS_REGION: 'us-east-1',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
  });
});
afterAll(async () => {
  process.env = saved;
  collector.close();
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('without an OTLP endpoint there is no tracing', () => {
  expect(startTracing({})).toBeUndefined();
});

test('each request is a span, and its CodeCommit calls are its children', async () => {
  const tracerProvider = startTracing()!;
  const app = createBff({
    sessionSecret: 'tracing-test-secret-of-at-least-32-characters',
    signIn: { demoUsers: [{ userName: 'reader', profile: 'reader' }] },
    tracerProvider,
  });
  const signIn = await app.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: 'reader' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const response = await app.request('/api/repositories/nowhere', { headers: { Cookie: cookie } });
  expect(response.status).toBe(404);
  await tracerProvider.forceFlush();
  await tracerProvider.shutdown();

  const request = exported.find((span) => span.name === 'GET /api/repositories/:repositoryName');
  expect(request).toBeDefined();
  const children = exported.filter((span) => span.parentSpanId === request!.spanId);
  expect(children.map((span) => span.name)).toContain('CodeCommit.GetRepository');
  expect(children.every((span) => span.traceId === request!.traceId)).toBe(true);
});
