import { Redis } from 'ioredis';

/** Whether the shared store answers: `up` once connected, `down` while it cannot be reached. */
export type RedisState = 'up' | 'down';

/** One connection to Valkey or Redis, shared by the content cache, invalidation and sessions. */
export interface SharedRedis {
  client: Redis;
  state(): RedisState;
  close(): Promise<void>;
}

export interface RedisOptions {
  /** Where "the shared store went away" and "is back" are said, once each time (default console). */
  log?: (message: string) => void;
}

/**
 * Connects to `url` and keeps reconnecting in the background. Commands fail at once while the
 * store is away (no offline queue), so every caller falls back to what this process holds
 * instead of waiting: the console keeps serving. Losing and regaining the store is logged once
 * each, not at every retry.
 */
export function connectRedis(url: string, options: RedisOptions = {}): SharedRedis {
  const log = options.log ?? ((message: string) => console.warn(message));
  const where = redactedAddress(url);
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // A store that accepts the connection but stops answering must not hold up requests.
    commandTimeout: 2000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  let state: RedisState = 'down';
  /** What the log last said, so each loss and each return is said once. */
  let said: RedisState | undefined;
  let closing = false;
  const down = (reason: string) => {
    state = 'down';
    if (said === 'down' || closing) return;
    said = 'down';
    log(
      `Shared store ${where} cannot be reached (${reason}): serving with this instance's cache only; sessions cannot be read until it is back`,
    );
  };
  client.on('ready', () => {
    state = 'up';
    if (said === 'down')
      log(`Shared store ${where} is back: sharing cache, changes and sessions again`);
    said = 'up';
  });
  client.on('close', () => down('connection closed'));
  client.on('error', (error: Error) => {
    if (state === 'down') down(error.message);
  });
  return {
    client,
    state: () => state,
    async close() {
      closing = true;
      client.disconnect();
    },
  };
}

/** The store's address without its password, for logs. */
function redactedAddress(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  parsed.username = '';
  return parsed.href;
}

/** `up` or `down` for the health and metrics endpoints; undefined when no store is configured. */
export function redisState(redis: SharedRedis | undefined): RedisState | undefined {
  return redis?.state();
}

/**
 * Readiness: a PING that answers PONG. Resolves `{ ready: true }` or `{ ready: false, error }`,
 * never throws; `{ ready: true }` when no store is configured.
 */
export async function redisReadiness(
  redis: SharedRedis | undefined,
): Promise<{ ready: true } | { ready: false; error: string }> {
  if (!redis) return { ready: true };
  try {
    const answer = await redis.client.ping();
    return answer === 'PONG'
      ? { ready: true }
      : { ready: false, error: `Redis answered ${answer} to PING` };
  } catch (error) {
    return { ready: false, error: `Redis cannot be reached: ${(error as Error).message}` };
  }
}
