import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OperationLog {
  /** Where clients reach CodeCommit through the log. */
  url: string;
  /** The operations asked since the last take, in the order they arrived (e.g. ['GetBranch']). */
  take(): string[];
  close(): Promise<void>;
}

/**
 * A pass-through in front of a CodeCommit endpoint that notes the operation of each call
 * (`X-Amz-Target`), so a test can say which calls a view made and not only how many. Headers go
 * on unchanged, Host included, so SigV4 signatures still verify.
 *
 * @example
 * const log = await startOperationLog(emulatorUrl);
 * process.env.AWS_ENDPOINT_URL_CODECOMMIT = log.url;
 */
export async function startOperationLog(endpoint: string): Promise<OperationLog> {
  const target = new URL(endpoint);
  let operations: string[] = [];
  const server: Server = createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1];
    if (operation) operations.push(operation);
    const forwarded = request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take() {
      const taken = operations;
      operations = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
