import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server on loopback that answers every request at once with the same bytes: what any
 * server, however fast, costs a client over HTTP. The reference for the emulator's own cost.
 */
export async function startCannedServer(body: string) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
