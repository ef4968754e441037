import { deserialize, serialize } from 'node:v8';
import type { SharedBackend, SharedChange } from '../gateway/shared.ts';
import type { SharedRedis } from './redis.ts';

/** Content is immutable; the expiry only bounds a store that was given no `maxmemory`. */
const CONTENT_SECONDS = 7 * 24 * 60 * 60;
const CONTENT_PREFIX = 'cc:content:';
const CHANGES: readonly SharedChange[] = ['lists', 'branches'];
const changeKey = (change: SharedChange) => `cc:changes:${change}`;

/**
 * The gateway's shared backend in Valkey or Redis.
 *
 * - Content named by a git id (commits, trees, blobs, differences) is kept under its key,
 *   serialized with V8's structured clone (`node:v8`), which keeps blobs' bytes as bytes.
 * - Changes are counters: an instance that changes something increments one, and every
 *   instance reads both (one MGET) before each API request and drops what the change made
 *   stale. A change therefore shows on every instance from the next request on, with no
 *   window: the counter is incremented before the changing request answers.
 *
 * While the store is away every call settles at once with nothing: the gateway keeps serving
 * from its own cache and windows. Once it is back, every instance drops its tips and lists,
 * since changes announced meanwhile were not heard.
 */
export function redisSharedBackend(redis: SharedRedis): SharedBackend {
  const { client } = redis;
  /** The counters as last read; undefined until the first read, or after the store was away. */
  let seen: (string | null)[] | undefined;
  let missed = false;
  return {
    async loadMany(keys) {
      const found = new Map<string, unknown>();
      if (keys.length === 0 || redis.state() !== 'up') return found;
      try {
        const values = await client.mgetBuffer(keys.map((key) => CONTENT_PREFIX + key));
        values.forEach((value, index) => {
          const key = keys[index];
          if (value && key !== undefined) found.set(key, deserialize(value));
        });
      } catch {
        // Away or unreadable: load from CodeCommit as if never cached.
      }
      return found;
    },
    store(key, value) {
      if (redis.state() !== 'up') return;
      client
        .set(CONTENT_PREFIX + key, serialize(value), 'EX', CONTENT_SECONDS)
        .catch(() => undefined);
    },
    async announce(change) {
      if (redis.state() !== 'up') {
        missed = true;
        return;
      }
      try {
        await client.incr(changeKey(change));
      } catch {
        missed = true;
      }
    },
    async changesSince() {
      const changes = new Set<SharedChange>();
      let now: (string | null)[];
      try {
        if (redis.state() !== 'up') throw new Error('away');
        now = await client.mget(CHANGES.map(changeKey));
      } catch {
        missed = true;
        return changes;
      }
      if (missed || !seen) {
        // Changes may have been announced while this instance could not hear them.
        if (missed) CHANGES.forEach((change) => changes.add(change));
        missed = false;
      } else {
        CHANGES.forEach((change, index) => {
          if (now[index] !== seen?.[index]) changes.add(change);
        });
      }
      seen = now;
      return changes;
    },
  };
}
