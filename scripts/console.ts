import { getRequestListener } from '@hono/node-server';
import { createBff, createLogger, type ConsoleUser, type LogLevel } from '@cc/bff';
import { createEmulator, createEmulatorLogger, openTransports, type Emulator } from '@cc/emulator';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { seedDemo } from './demo/seed.ts';

export interface ConsoleOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Built web app to serve (apps/web/dist); omitted in development, where Vite serves it. */
  webDist?: string;
  /** Seed the demo repository on first start. */
  seed?: boolean;
  region?: string;
  /** How people sign in (default: the demo's name picker, which needs a loopback host). */
  signIn?: unknown;
  /** Regions people may switch to besides the default (default: CODECOMMIT_REGIONS). */
  regions?: string[];
  /** The BFF's clock (tests move it to end sessions). */
  now?: () => number;
  /** Written to the emulator's emulator.json before it starts (roles, identity providers). */
  emulatorConfig?: Record<string, unknown>;
  /** Port of the emulator's HTTPS listener (API and git); 0 (default) picks a free one, false opens none. */
  httpsPort?: number | false;
  /** Port of the emulator's SSH listener for git; 0 (default) picks a free one, false opens none. */
  sshPort?: number | false;
  /** One line per request from the BFF and the emulator at `info` (default: silent). */
  logLevel?: LogLevel;
}

export interface RunningConsole {
  url: string;
  /** The emulator over HTTPS, e.g. https://localhost:3443, with the CA file that signed it. */
  httpsUrl?: string;
  caFile?: string;
  /** git over SSH, e.g. ssh://localhost:2222 */
  sshUrl?: string;
  emulator: Emulator;
  consoleUsers: ConsoleUser[];
  close(): Promise<void>;
}

const demoUsers: ConsoleUser[] = [
  {
    userName: 'admin',
    profile: 'admin',
    description: 'AWSCodeCommitFullAccess: everything, including deletes',
  },
  {
    userName: 'developer',
    profile: 'developer',
    description: 'AWSCodeCommitPowerUser: read, write, review and merge',
  },
  {
    userName: 'reader',
    profile: 'reader',
    description: 'AWSCodeCommitReadOnly: browse and clone only',
  },
];

async function sessionSecret(dataDir: string): Promise<string> {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The console on the embedded emulator, on one origin: the emulator's API and git smart HTTP,
 * the BFF's /api and the built web app share one port. The BFF reaches the emulator only through
 * the AWS SDK's standard settings, exactly as it would reach AWS.
 */
export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const { dataDir, port = 3000, host = '127.0.0.1', region = 'us-east-1' } = options;
  await mkdir(dataDir, { recursive: true });

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503, { 'retry-after': '1' }).end('starting');
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;

  if (options.emulatorConfig) {
    await mkdir(join(dataDir, 'emulator'), { recursive: true });
    await writeFile(
      join(dataDir, 'emulator', 'emulator.json'),
      `${JSON.stringify({ users: [], ...options.emulatorConfig }, null, 2)}\n`,
      { mode: 0o600 },
    );
  }
  const transports = await openTransports({
    dataDir: join(dataDir, 'emulator'),
    host,
    ...(options.httpsPort === false ? {} : { httpsPort: options.httpsPort ?? 0 }),
    ...(options.sshPort === false ? {} : { sshPort: options.sshPort ?? 0 }),
  });
  // The certificate names localhost and 127.0.0.1; the console's URLs say localhost.
  const httpsUrl = transports.httpsUrl?.replace('//127.0.0.1:', '//localhost:');
  const sshUrl = transports.sshUrl?.replace('//127.0.0.1:', '//localhost:');
  const emulator = await createEmulator({
    dataDir: join(dataDir, 'emulator'),
    publicUrl: url,
    region,
    ...(sshUrl ? { sshUrl } : {}),
    logger: createEmulatorLogger(options.logLevel ?? 'silent'),
  }).catch(async (error: unknown) => {
    await transports.close();
    server.close();
    throw error;
  });
  transports.serve({
    http: (req, res) => handler(req, res),
    ssh: (client) => emulator.handleSshConnection(client),
  });
  Object.assign(process.env, {
    // Where git-remote-codecommit and the AWS CLI reach the emulator over TLS, and the CA they
    // trust: the settings AWS's own tools read, which the console passes on to its clone panel.
    ...(httpsUrl ? { CODE_COMMIT_ENDPOINT: new URL(httpsUrl).host } : {}),
    ...(transports.caFile ? { AWS_CA_BUNDLE: transports.caFile } : {}),
    AWS_ENDPOINT_URL_CODECOMMIT: url,
    // The emulator answers STS on the same address, as AWS's own tools call it.
    AWS_ENDPOINT_URL_STS: url,
    AWS_REGION: region,
    AWS_CONFIG_FILE: emulator.configFile,
    AWS_SHARED_CREDENTIALS_FILE: emulator.credentialsFile,
  });
  const bff = createBff({
    signIn: options.signIn ?? { demoUsers },
    sessionSecret: await sessionSecret(dataDir),
    staticDir: options.webDist,
    host,
    regions: options.regions ?? process.env.CODECOMMIT_REGIONS,
    ...(options.now ? { now: options.now } : {}),
    logger: createLogger({ level: options.logLevel ?? 'silent', name: 'bff' }),
  });
  const bffListener = getRequestListener(bff.fetch);
  handler = (req, res) =>
    emulator.owns(req) ? emulator.handle(req, res) : void bffListener(req, res);

  const seededMarker = join(dataDir, 'demo-seeded');
  if (options.seed && !existsSync(seededMarker)) {
    const developer = emulator.users.find((user) => user.userName === 'developer');
    if (!developer) throw new Error('the emulator has no developer user to seed the demo with');
    await seedDemo({ endpoint: url, region, developer });
    await writeFile(seededMarker, `${new Date().toISOString()}\n`);
  }

  return {
    url,
    ...(httpsUrl ? { httpsUrl } : {}),
    ...(transports.caFile ? { caFile: transports.caFile } : {}),
    ...(sshUrl ? { sshUrl } : {}),
    emulator,
    consoleUsers: demoUsers,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await transports.close();
      await emulator.close();
    },
  };
}
