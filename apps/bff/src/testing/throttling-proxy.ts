import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ThrottlingProxy {
  url: string;
  /** Answers the next `count` calls of `operation` as CodeCommit does when a caller goes too fast. */
  throttle(operation: string, count: number): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of CodeCommit (the emulator) that answers chosen calls with AWS's
 * throttling error (HTTP 400, `ThrottlingException`, as the AWS JSON protocol sends it) and
 * passes every other request through untouched, so the SDK's own retries can be watched.
 */
export async function startThrottlingProxy(target: string): Promise<ThrottlingProxy> {
  const pending = new Map<string, number>();
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const upstream = request(
      new URL(incoming.url ?? '/', target),
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  };
  const server = createServer((incoming, outgoing) => {
    const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    const left = pending.get(operation) ?? 0;
    if (left === 0) return forward(incoming, outgoing);
    pending.set(operation, left - 1);
    incoming.resume();
    const body = JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' });
    outgoing
      .writeHead(400, {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amzn-ErrorType': 'ThrottlingException',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    throttle: (operation, count) => pending.set(operation, count),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
