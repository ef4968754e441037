import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '@cc/emulator';
import { createBff, type BffOptions, type ConsoleUser } from '../index.ts';
import { manualClock, type ManualClock } from './manual-clock.ts';

export type DemoUser = 'admin' | 'developer' | 'reader' | (string & {});

export interface TestConsole {
  app: ReturnType<typeof createBff>;
  /** The BFF's clock: still until a test advances it. */
  clock: ManualClock;
  emulatorUrl: string;
  /** Requests as a signed-in demo user (the session cookie is added). */
  as(userName: DemoUser): (path: string, init?: RequestInit) => Promise<Response>;
  /** JSON request helper: method, body as JSON, same-origin headers. */
  json(userName: DemoUser, method: string, path: string, body?: unknown): Promise<Response>;
  /**
   * Another BFF instance on the same emulator, with the same demo users and these options (a
   * shared store, say): requests through it carry the cookies signed in through this one.
   */
  instance(options: Partial<BffOptions>): (path: string, init?: RequestInit) => Promise<Response>;
  /** The session cookie a demo user signed in with (signing in on first use). */
  cookieFor(userName: DemoUser): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real emulator on a free port with a fresh data folder, and a BFF pointed at it only through
 * the AWS SDK's standard settings: the emulator's config and credentials files and its endpoint.
 */
export async function startTestConsole(
  options: {
    extraUsers?: ConsoleUser[];
    clock?: ManualClock;
    /** Regions people may switch to (CODECOMMIT_REGIONS). */
    regions?: string[];
    /** More IAM users in the emulator, each with a profile of its name (keys made here). */
    emulatorUsers?: { userName: string; policy: string; repositories?: string[] }[];
    /** More options for the BFF (a shared store, a base path). */
    bff?: Partial<BffOptions>;
  } = {},
): Promise<TestConsole> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bff-test-'));
  if (options.emulatorUsers) {
    const users = options.emulatorUsers.map((user, index) => ({
      ...user,
      accessKeys: [
        {
          accessKeyId: `AKIATESTUSER${String(index).padStart(8, '0')}`,
          secretAccessKey: randomBytes(30).toString('base64'),
        },
      ],
    }));
    await writeFile(path.join(dataDir, 'emulator.json'), JSON.stringify({ users }));
  }
  const emulator = await startEmulator({ dataDir, port: 0 });
  process.env.AWS_CONFIG_FILE = emulator.emulator.configFile;
  process.env.AWS_SHARED_CREDENTIALS_FILE = emulator.emulator.credentialsFile;
  process.env.AWS_ENDPOINT_URL_CODECOMMIT = emulator.url;
  process.env.AWS_REGION = 'us-east-1';
  // Windows (branch tips, permissions) end only when a test moves this clock.
  const clock = options.clock ?? manualClock();
  const makeBff = (more: Partial<BffOptions> = {}) =>
    createBff({
      sessionSecret: 'test-session-secret-of-at-least-32-characters',
      clock: clock.now,
      ...(options.regions ? { regions: options.regions } : {}),
      signIn: {
        demoUsers: [
          { userName: 'admin', profile: 'admin' },
          { userName: 'developer', profile: 'developer' },
          { userName: 'reader', profile: 'reader' },
          ...(options.extraUsers ?? []),
        ],
      },
      ...more,
    });
  const app = makeBff(options.bff);
  const cookies = new Map<string, string>();
  async function cookieFor(userName: DemoUser): Promise<string> {
    const known = cookies.get(userName);
    if (known) return known;
    const response = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName }),
    });
    if (response.status !== 200)
      throw new Error(`Sign-in as ${userName} failed: ${response.status} ${await response.text()}`);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    cookies.set(userName, cookie);
    return cookie;
  }
  const as =
    (userName: DemoUser) =>
    async (requestPath: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Cookie', await cookieFor(userName));
      return app.request(requestPath, { ...init, headers });
    };
  return {
    app,
    clock,
    emulatorUrl: emulator.url,
    as,
    cookieFor,
    instance(more) {
      const other = makeBff(more);
      return async (requestPath, init = {}) => other.request(requestPath, init);
    },
    json: (userName, method, requestPath, body) =>
      as(userName)(requestPath, {
        method,
        headers: {
          'Content-Type': 'application/json',
          Origin: 'http://localhost',
          'Sec-Fetch-Site': 'same-origin',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    async close() {
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
