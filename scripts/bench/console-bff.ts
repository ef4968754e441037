import { getRequestListener } from '@hono/node-server';
import { createBff } from '@cc/bff';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One BFF answer and what it cost: its latency and the CodeCommit calls it made. */
export interface BffAnswer {
  ms: number;
  /** `X-CodeCommit-Calls`: SDK calls the BFF made for this request. */
  calls: number;
  bytes: number;
  body: unknown;
}

/** A signed-in console user of the BFF at `url`. */
export interface BffSession {
  get(path: string): Promise<BffAnswer>;
}

/** Signs in as `userName` (POST /api/session from the console's own origin) and keeps the cookie. */
export async function signIn(url: string, userName: string): Promise<BffSession> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ userName }),
  });
  if (!response.ok) {
    throw new Error(`sign-in as ${userName}: ${response.status} ${await response.text()}`);
  }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async get(path) {
      const started = performance.now();
      const answer = await fetch(`${url}${path}`, { headers: { Cookie: cookie } });
      const text = await answer.text();
      const ms = performance.now() - started;
      if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${text.slice(0, 300)}`);
      return {
        ms,
        calls: Number(answer.headers.get('x-codecommit-calls') ?? Number.NaN),
        bytes: Buffer.byteLength(text),
        body: JSON.parse(text) as unknown,
      };
    },
  };
}

/**
 * A new BFF, empty cache and all, served on a free 127.0.0.1 port: a cold-cache sample. It
 * reaches CodeCommit through the SDK's standard settings, which `startConsole` has set to the
 * console's emulator.
 */
export async function startFreshBff(): Promise<{ url: string; close(): Promise<void> }> {
  const app = createBff({
    signIn: { demoUsers: [{ userName: 'developer', profile: 'developer' }] },
    sessionSecret: randomBytes(32).toString('hex'),
  });
  const server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The same address on 127.0.0.1 (startConsole names the console `localhost`). */
export const onLoopback = (url: string): string => {
  const address = new URL(url);
  address.hostname = '127.0.0.1';
  return address.href.replace(/\/$/, '');
};
