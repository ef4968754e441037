import { GatewayError } from '../gateway/errors.ts';
import type { SessionRecord, SessionStore } from '../session/store.ts';
import type { SharedRedis } from './redis.ts';

const sessionKey = (id: string) => `cc:session:${id}`;

/**
 * Sessions in Valkey or Redis, so a person signed in through one instance is signed in on every
 * other, and a sign-out through one ends the session everywhere. Each record expires with the
 * session.
 *
 * While the store is away, sessions can be neither read nor written: a copy kept by one instance
 * could outlive a sign-out made through another. Requests that need a session are answered 503
 * with a message that says so, never 500, and succeed again as soon as the store is back.
 */
export function redisSessionStore(redis: SharedRedis, now: () => number = Date.now): SessionStore {
  const { client } = redis;
  const unavailable = (error: unknown) =>
    new GatewayError(
      503,
      `Sessions are unavailable: the console's shared store cannot be reached (${(error as Error).message}). Try again in a moment.`,
      'SessionStoreUnavailable',
    );
  return {
    async get(id) {
      let text: string | null;
      try {
        text = await client.get(sessionKey(id));
      } catch (error) {
        throw unavailable(error);
      }
      if (!text) return undefined;
      const record = JSON.parse(text) as SessionRecord;
      return record.expiresAt > now() ? record : undefined;
    },
    async set(id, record) {
      const milliseconds = Math.max(1000, record.expiresAt - now());
      try {
        await client.set(sessionKey(id), JSON.stringify(record), 'PX', milliseconds);
      } catch (error) {
        throw unavailable(error);
      }
    },
    async delete(id) {
      try {
        await client.del(sessionKey(id));
      } catch (error) {
        throw unavailable(error);
      }
    },
  };
}
