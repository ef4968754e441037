import type { TracerProvider } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';
import { createApp, type routes } from './app.ts';
import { codeCommitCheck, configurationCheck } from './features/health/checks.ts';
import { createReadiness, type ReadinessCheck } from './features/health/readiness.ts';
import { createMetrics } from './observability/metrics.ts';
import { SERVICE_NAME } from './observability/service-name.ts';
import { createGateway, type GatewayOptions } from './gateway/gateway.ts';
import { memorySessionStore, type SessionStore } from './session/store.ts';
import type { SharedRedis } from './shared-state/redis.ts';
import { redisSharedBackend } from './shared-state/shared-backend.ts';
import { normalizeBasePath } from './shared-state/settings.ts';
import { redisSessionStore } from './shared-state/session-store.ts';
import { localAccounts } from './sign-in/local-accounts/accounts.ts';
import { signInThrottle, type ThrottleLimits } from './sign-in/local-accounts/throttle.ts';
import { oidcSignIn } from './sign-in/oidc/oidc-sign-in.ts';
import { isLoopback, parseSignInSettings } from './sign-in/settings.ts';
import { parseRegions } from './session/region.ts';

export { loadConsoleUsers, type ConsoleUser } from './config/console-users.ts';
export { gitCredentials } from './gateway/git-refs.ts';
export { signerFor } from './gateway/signer.ts';
export { localAccounts } from './sign-in/local-accounts/accounts.ts';
export { isLoopback, parseSignInSettings, type SignInSettings } from './sign-in/settings.ts';
export type { SessionStore } from './session/store.ts';
export { LOG_LEVELS, readSettings, type LogLevel, type Settings } from './config/settings.ts';
export { createLogger } from './observability/logger.ts';
export { startTracing } from './observability/tracing.ts';
export type { ReadinessCheck } from './features/health/readiness.ts';
export {
  connectRedis,
  redisReadiness,
  redisState,
  type SharedRedis,
} from './shared-state/redis.ts';
export { readSharedStateSettings } from './shared-state/settings.ts';

export interface BffOptions extends GatewayOptions {
  /** How people sign in and which AWS identity each becomes (see README: "Sign-in"). */
  signIn: unknown;
  /** Signs session cookies; every instance behind one address needs the same secret (at least 32 characters). */
  sessionSecret: string;
  /** folder of the built SPA (apps/web/dist) to serve with index.html fallback */
  staticDir?: string;
  /** The address people use, e.g. https://console.example.com/ — requests naming another host are refused. */
  publicUrl?: string;
  /** Proxies whose X-Forwarded-* headers are believed: addresses or CIDR ranges (proxy-addr's syntax). */
  trustedProxies?: string[];
  /** The address the server listens on; the demo's name picker is refused unless it is loopback. */
  host?: string;
  /**
   * The path the console is served under behind a proxy (BASE_PATH, e.g. `/console/`); by
   * default PUBLIC_URL's path, else `/`. The proxy passes paths on unchanged.
   */
  basePath?: string;
  /**
   * Valkey or Redis shared by every instance (`connectRedis(REDIS_URL)`): the content cache,
   * word of changes, and sessions (unless `sessionStore` is given). The caller closes it.
   */
  redis?: SharedRedis;
  /** Sent as `X-Console-Instance` on every answer (INSTANCE_ID). */
  instanceId?: string;
  sessionStore?: SessionStore;
  /** Where request logs go (`createLogger`); none by default. */
  logger?: Logger;
  /** OpenTelemetry: a span per request with its CodeCommit calls as children (`startTracing`). */
  tracerProvider?: TracerProvider;
  /** More for `/readyz` to check, beside the configuration and CodeCommit. */
  readinessChecks?: ReadinessCheck[];
  throttle?: ThrottleLimits;
  /**
   * Regions people may switch to besides their own (CODECOMMIT_REGIONS): names, or one
   * comma-separated string. Each region's repositories are its own.
   */
  regions?: string | readonly string[];
  /** The clock, in milliseconds since the epoch (tests move it). */
  now?: () => number;
}

/** The /api routes, for `hc<AppType>()` in the web app. */
export type AppType = typeof routes;

function parsePublicUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL: ${value} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL: must start with https:// (or http:// on a loopback address)`);
  if (url.protocol === 'http:' && !isLoopback(url.hostname))
    throw new Error(`PUBLIC_URL: ${value} must use https:// unless it names a loopback address`);
  if (url.search || url.hash) throw new Error('PUBLIC_URL: must not have a query or fragment');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** BASE_PATH, PUBLIC_URL's path, or `/`; when both are given they must agree. */
function chooseBasePath(basePath: string | undefined, publicUrl: URL | undefined): string {
  const chosen = basePath === undefined ? undefined : normalizeBasePath(basePath);
  if (chosen && publicUrl && publicUrl.pathname !== chosen)
    throw new Error(
      `BASE_PATH: ${chosen} differs from PUBLIC_URL's path ${publicUrl.pathname}; the proxy must pass paths on unchanged`,
    );
  return chosen ?? publicUrl?.pathname ?? '/';
}

/**
 * The console's backend: the /api routes, sessions, security headers, and the built web app
 * when `staticDir` is given. Serve it with `@hono/node-server`'s `serve({ fetch: app.fetch })`.
 * Throws, naming the setting, when the configuration is wrong.
 */
export function createBff(options: BffOptions) {
  if (options.sessionSecret.length < 32)
    throw new Error('SESSION_SECRET must be at least 32 characters');
  const signIn = parseSignInSettings(options.signIn);
  const publicUrl = parsePublicUrl(options.publicUrl);
  const regions = parseRegions(options.regions);
  if (signIn.demoUsers) {
    const exposed =
      (options.host !== undefined && !isLoopback(options.host)) ||
      (publicUrl !== undefined && !isLoopback(publicUrl.hostname));
    if (exposed)
      throw new Error(
        `signIn.demoUsers: the demo's name picker lets anyone in, so it only runs on a loopback address (HOST is ${options.host ?? 'unset'}, PUBLIC_URL is ${publicUrl?.href ?? 'unset'}); configure oidc or localAccounts`,
      );
  }
  const basePath = chooseBasePath(options.basePath, publicUrl);
  const now = options.now ?? Date.now;
  const { redis } = options;
  const gateway = createGateway({
    ...options,
    ...(redis ? { shared: redisSharedBackend(redis) } : {}),
    onCodeCommitCall: (call) => metrics.codeCommitCall(call),
    ...(options.tracerProvider ? { tracer: options.tracerProvider.getTracer(SERVICE_NAME) } : {}),
  });
  const metrics = createMetrics({ cache: gateway.cache });
  if (redis) {
    // The shared store's connection as a gauge: 1 while connected, 0 while away.
    metrics.sharedStateConnected(redis.state() === 'up');
    redis.client.on('ready', () => metrics.sharedStateConnected(true));
    redis.client.on('close', () => metrics.sharedStateConnected(false));
  }
  const readiness = createReadiness({
    now,
    checks: [
      configurationCheck(options.staticDir),
      codeCommitCheck(signIn),
      ...(options.readinessChecks ?? []),
    ],
  });
  return createApp(
    {
      signIn,
      demoUsers: new Map((signIn.demoUsers ?? []).map((user) => [user.userName, user])),
      oidc: signIn.oidc ? oidcSignIn(signIn.oidc) : undefined,
      localAccounts: signIn.localAccounts ? localAccounts(signIn.localAccounts.file) : undefined,
      throttle: signInThrottle(options.throttle),
      sessionSecret: options.sessionSecret,
      sessions:
        options.sessionStore ?? (redis ? redisSessionStore(redis, now) : memorySessionStore(now)),
      publicUrl,
      basePath,
      redis,
      isAllowedHost: (host) => {
        try {
          return isLoopback(new URL(`http://${host}`).hostname);
        } catch {
          return false;
        }
      },
      gateway,
      regions,
      now,
      logger: options.logger ?? pino({ level: 'silent' }),
      metrics,
      readiness,
    },
    {
      staticDir: options.staticDir,
      trustedProxies: options.trustedProxies ?? [],
      tracerProvider: options.tracerProvider,
      instanceId: options.instanceId,
    },
  );
}
