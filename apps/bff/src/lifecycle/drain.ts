import type { Server, ServerResponse } from 'node:http';

export interface DrainOptions {
  /** Seconds in-flight requests get before their connections are cut (0 waits without end). */
  graceSeconds: number;
  /** Told when draining starts, with the number of requests in flight. */
  onDrain?: (inFlight: number) => void;
}

/**
 * Stops `server` gently on SIGTERM (and SIGINT): it stops accepting connections at once, lets
 * the requests in flight finish, closes idle keep-alive connections, then resolves `done`. A
 * load balancer sees the port closed and sends new requests to other instances.
 *
 * @example
 * ```ts
 * const { done } = drainOnSignal(server, { graceSeconds: 30 });
 * await done; process.exit(0);
 * ```
 */
export function drainOnSignal(server: Server, options: DrainOptions): { done: Promise<void> } {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // An answered request's keep-alive connection would otherwise hold the server open.
      if (draining) server.closeIdleConnections();
    });
    if (draining) response.setHeader('Connection', 'close');
  });
  const done = new Promise<void>((resolve) => {
    const drain = () => {
      if (draining) return;
      draining = true;
      // Tell each client its connection ends with this answer, so none sends another on it.
      for (const response of inFlight)
        if (!response.headersSent) response.setHeader('Connection', 'close');
      server.close(() => resolve());
      server.closeIdleConnections();
      // Told once the port is closed: whoever reads it can rely on new connections being refused.
      options.onDrain?.(inFlight.size);
      if (options.graceSeconds > 0)
        setTimeout(() => server.closeAllConnections(), options.graceSeconds * 1000).unref();
    };
    process.once('SIGTERM', drain);
    process.once('SIGINT', drain);
  });
  return { done };
}
