import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createBff, isLoopback } from './index.ts';

/**
 * Runs the BFF alone. Settings: CONSOLE_CONFIG_FILE (JSON: `signIn`, and optionally
 * `publicUrl`, `trustedProxies`), PUBLIC_URL, TRUSTED_PROXIES (comma-separated), HOST
 * (default 127.0.0.1), PORT (default 3000), SESSION_SECRET, OIDC_CLIENT_SECRET, STATIC_DIR,
 * CODECOMMIT_REGIONS (regions to switch between, comma-separated), plus
 * the AWS SDK's own variables. Without a configuration file, one person on this machine uses
 * the default credential chain, on a loopback address only.
 */
function readConfigFile(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object') throw new Error('expected a JSON object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new Error(`CONSOLE_CONFIG_FILE ${file}: ${(error as Error).message}`, { cause: error });
  }
}

function main(): void {
  const env = process.env;
  const config = readConfigFile(env.CONSOLE_CONFIG_FILE);
  const host = env.HOST ?? '127.0.0.1';
  const signIn = (config.signIn as Record<string, unknown> | undefined) ?? {
    demoUsers: [
      { userName: 'me', defaultCredentials: true, description: 'You, with your AWS credentials' },
    ],
  };
  const oidc = signIn.oidc as Record<string, unknown> | undefined;
  if (oidc && env.OIDC_CLIENT_SECRET) oidc.clientSecret = env.OIDC_CLIENT_SECRET;
  const demo = signIn.demoUsers !== undefined;
  let sessionSecret = env.SESSION_SECRET ?? '';
  if (!sessionSecret) {
    if (!demo || !isLoopback(host))
      throw new Error(
        'SESSION_SECRET: set it to 32 or more random characters (e.g. openssl rand -hex 32)',
      );
    sessionSecret = randomBytes(32).toString('hex');
  }
  const trustedProxies = env.TRUSTED_PROXIES
    ? env.TRUSTED_PROXIES.split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
    : (config.trustedProxies as string[] | undefined);
  const app = createBff({
    signIn,
    sessionSecret,
    staticDir: env.STATIC_DIR,
    publicUrl: env.PUBLIC_URL ?? (config.publicUrl as string | undefined),
    trustedProxies,
    host,
    regions: env.CODECOMMIT_REGIONS,
  });
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: ${env.PORT} is not a port number`);
  serve({ fetch: app.fetch, port, hostname: host }, (info) =>
    console.log(
      `Console BFF on http://${host.includes(':') ? `[${host}]` : host}:${info.port}${demo ? ' (demo sign-in: pick a name, loopback only)' : ''}`,
    ),
  );
}

try {
  main();
} catch (error) {
  console.error(`The console cannot start: ${(error as Error).message}`);
  process.exit(1);
}
