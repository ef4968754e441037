import { createMiddleware } from 'hono/factory';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ByteLruCache } from '../gateway/cache.ts';
import type { CodeCommitCallRecord } from './codecommit-calls.ts';
import { routeOf } from './request-log.ts';

/** Latency buckets in seconds: CodeCommit costs tens of milliseconds a call, a view a few calls. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The console's Prometheus metrics, in one registry per BFF (so tests can run several). */
export interface Metrics {
  registry: Registry;
  /** Times and counts each request by its route pattern. */
  middleware(): ReturnType<typeof createMiddleware>;
  /** Counts one CodeCommit call (the gateway's SDK clients report every call here). */
  codeCommitCall(call: CodeCommitCallRecord): void;
  /** Reports the shared state's connection (Valkey/Redis): 1 connected, 0 not. */
  sharedStateConnected(connected: boolean): void;
  /** The Prometheus text exposition. */
  text(): Promise<string>;
}

/**
 * Request rate and latency by route, CodeCommit calls by operation and outcome (with
 * throttles and retries), the gateway cache's bytes, entries and hit ratio, the process's own
 * figures, and the shared state's connection once one is reported.
 */
export function createMetrics(options: { cache?: ByteLruCache } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const calls = new Counter({
    name: 'codecommit_calls_total',
    help: 'CodeCommit API calls, by operation and outcome (success, throttled, refused, failed)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const throttles = new Counter({
    name: 'codecommit_throttled_attempts_total',
    help: 'Attempts CodeCommit answered with throttling, retried or not, by operation',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const retries = new Counter({
    name: 'codecommit_retries_total',
    help: 'Attempts the SDK retried, by operation',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const callSeconds = new Histogram({
    name: 'codecommit_call_duration_seconds',
    help: 'Time of a CodeCommit call, retries included, by operation',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const cache = options.cache;
  if (cache) registerCacheMetrics(registry, cache);
  let sharedState: Gauge | undefined;

  return {
    registry,
    middleware: () =>
      createMiddleware(async (c, next) => {
        const stopTimer = requestSeconds.startTimer();
        try {
          await next();
        } finally {
          const route = routeOf(c);
          stopTimer({ method: c.req.method, route });
          requests.inc({ method: c.req.method, route, status: String(c.res.status) });
        }
      }),
    codeCommitCall(call) {
      calls.inc({ operation: call.operation, outcome: call.outcome });
      if (call.throttles) throttles.inc({ operation: call.operation }, call.throttles);
      if (call.retries) retries.inc({ operation: call.operation }, call.retries);
      callSeconds.observe({ operation: call.operation }, call.seconds);
    },
    sharedStateConnected(connected) {
      sharedState ??= new Gauge({
        name: 'console_shared_state_connected',
        help: 'Whether the shared state (Valkey or Redis at REDIS_URL) is connected: 1 yes, 0 no',
        registers: [registry],
      });
      sharedState.set(connected ? 1 : 0);
    },
    text: () => registry.metrics(),
  };
}

/** Read from the cache when Prometheus scrapes: nothing is counted twice. */
function registerCacheMetrics(registry: Registry, cache: ByteLruCache): void {
  new Gauge({
    name: 'console_cache_bytes',
    help: 'Bytes held by the cache of what git ids name (and recent lists)',
    registers: [registry],
    collect() {
      this.set(cache.bytes);
    },
  });
  new Gauge({
    name: 'console_cache_max_bytes',
    help: 'The cache bound (CACHE_BYTES)',
    registers: [registry],
    collect() {
      this.set(cache.maxBytes);
    },
  });
  new Gauge({
    name: 'console_cache_entries',
    help: 'Entries in the cache',
    registers: [registry],
    collect() {
      this.set(cache.size);
    },
  });
  new Gauge({
    name: 'console_cache_lookups',
    help: 'Cache lookups since start, by result (hit, miss)',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.set({ result: 'hit' }, cache.hits);
      this.set({ result: 'miss' }, cache.misses);
    },
  });
  new Gauge({
    name: 'console_cache_hit_ratio',
    help: 'Share of cache lookups that found their entry, since start',
    registers: [registry],
    collect() {
      const lookups = cache.hits + cache.misses;
      this.set(lookups ? cache.hits / lookups : 0);
    },
  });
}
