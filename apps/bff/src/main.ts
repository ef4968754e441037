import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { readSettings } from './config/settings.ts';
import { connectRedis, createBff, redisReadiness } from './index.ts';
import { drainOnSignal } from './lifecycle/drain.ts';
import { createLogger } from './observability/logger.ts';
import { startTracing } from './observability/tracing.ts';

/**
 * Runs the BFF alone. Every setting is an environment variable or a key of one JSON file named
 * by CONSOLE_CONFIG (see `config/settings.ts`): HOST (default 127.0.0.1), PORT, PUBLIC_URL,
 * BASE_PATH, TRUSTED_PROXIES, SESSION_SECRET, OIDC_CLIENT_SECRET, STATIC_DIR, CACHE_BYTES,
 * BRANCH_TIP_SECONDS, LIST_CACHE_SECONDS, MAX_CONCURRENT_CALLS, REDIS_URL, LOG_LEVEL,
 * SHUTDOWN_SECONDS, INSTANCE_ID, CODECOMMIT_REGIONS (regions to switch between), `signIn`; plus the AWS SDK's own variables, and OTEL_EXPORTER_OTLP_ENDPOINT (with the other
 * OTEL_* variables) to send traces. Without a sign-in setting, one
 * person on this machine uses the default credential chain, on a loopback address only.
 */
function main(): void {
  const settings = readSettings();
  const logger = createLogger({ level: settings.logLevel, name: 'bff' });
  const tracerProvider = startTracing();
  const redis = settings.redisUrl
    ? connectRedis(settings.redisUrl, { log: (message) => logger.warn(message) })
    : undefined;
  const app = createBff({
    ...settings,
    logger,
    ...(tracerProvider ? { tracerProvider } : {}),
    ...(redis
      ? {
          redis,
          readinessChecks: [
            {
              name: 'redis',
              check: async () => {
                const answer = await redisReadiness(redis);
                if (!answer.ready) throw new Error(answer.error);
              },
            },
          ],
        }
      : {}),
  });
  const { host } = settings;
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: host }, (info) =>
    logger.info(
      { host, port: info.port },
      `Console BFF on http://${host.includes(':') ? `[${host}]` : host}:${info.port}${settings.signIn.demoUsers ? ' (demo sign-in: pick a name, loopback only)' : ''}`,
    ),
  ) as Server;
  const { done } = drainOnSignal(server, {
    graceSeconds: settings.shutdownSeconds,
    onDrain: (inFlight) =>
      logger.info({ inFlight }, `Stopping: no new connections, finishing ${inFlight} requests`),
  });
  void done.then(async () => {
    await tracerProvider?.shutdown();
    logger.info('Stopped');
    process.exit(0);
  });
}

try {
  main();
} catch (error) {
  console.error(`The console cannot start: ${(error as Error).message}`);
  process.exit(1);
}
