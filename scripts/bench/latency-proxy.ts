import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that went through the proxy: which operation, and when (ms, performance.now()). */
export interface ProxiedCall {
  operation: string;
  start: number;
  end: number;
  throttled: boolean;
}

export interface LatencyOptions {
  /** Added to every call before it is forwarded, in ms (default 40). */
  delayMs: number;
  /** Up to this much more or less, uniformly, in ms (default 10). */
  jitterMs: number;
  /** Calls per second each operation may sustain, and the burst above it (token bucket). */
  ratePerSecond: number;
  burst: number;
}

export const latencyFromEnv = (): LatencyOptions => ({
  delayMs: Number(process.env.BENCH_LATENCY_MS ?? 40),
  jitterMs: Number(process.env.BENCH_JITTER_MS ?? 10),
  // CodeCommit's quota pages list no request rate per operation; AWS throttles API calls per
  // account and operation with token buckets, so this is one, configurable, with a burst.
  ratePerSecond: Number(process.env.BENCH_RATE_PER_SECOND ?? 20),
  burst: Number(process.env.BENCH_RATE_BURST ?? 40),
});

/** The operation a request to CodeCommit names: the API target, or git's smart HTTP service. */
function operationOf(req: IncomingMessage): string {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').at(-1) ?? target;
  const url = req.url ?? '';
  if (url.includes('/info/refs')) return 'git info/refs';
  return url.includes('/git-') ? `git ${url.split('/').at(-1)?.split('?')[0]}` : 'other';
}

/**
 * A proxy between the BFF and CodeCommit that makes each call cost what it costs from a server
 * in the same region: a delay with jitter, and per-operation rate limits answered with
 * ThrottlingException (HTTP 400, as CodeCommit's JSON protocol sends it), which the SDK retries.
 */
export async function startLatencyProxy(
  target: string,
  options: LatencyOptions,
): Promise<{ url: string; calls: ProxiedCall[]; close(): Promise<void> }> {
  const upstream = new URL(target);
  const calls: ProxiedCall[] = [];
  const buckets = new Map<string, { tokens: number; at: number }>();
  const take = (operation: string): boolean => {
    const now = performance.now();
    const bucket = buckets.get(operation) ?? { tokens: options.burst, at: now };
    bucket.tokens = Math.min(
      options.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * options.ratePerSecond,
    );
    bucket.at = now;
    buckets.set(operation, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const operation = operationOf(req);
    const start = performance.now();
    const delay = options.delayMs + (Math.random() * 2 - 1) * options.jitterMs;
    const record = (throttled: boolean) =>
      calls.push({ operation, start, end: performance.now(), throttled });
    setTimeout(
      () => {
        if (!take(operation)) {
          req.resume();
          const body = JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' });
          res.writeHead(400, {
            'Content-Type': 'application/x-amz-json-1.1',
            'X-Amzn-ErrorType': 'ThrottlingException',
          });
          res.end(body, () => record(true));
          return;
        }
        const forwarded = request(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            answer.on('end', () => record(false));
          },
        );
        forwarded.on('error', () => {
          if (!res.headersSent) res.writeHead(502);
          res.end();
        });
        req.pipe(forwarded);
      },
      Math.max(0, delay),
    );
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sequential round trips among `calls`: the longest chain in which each call started after
 * the one before it ended. Calls in parallel count once.
 */
export function sequentialRoundTrips(calls: readonly ProxiedCall[]): number {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  let longest = 0;
  sorted.forEach((call, index) => {
    let before = 0;
    for (let earlier = 0; earlier < index; earlier += 1) {
      const other = sorted[earlier]!;
      if (other.end <= call.start) before = Math.max(before, depth[earlier] ?? 0);
    }
    depth[index] = before + 1;
    longest = Math.max(longest, before + 1);
  });
  return longest;
}
