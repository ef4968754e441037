import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ssh2 from 'ssh2';
import { sshHostKey } from './git-ssh/host-key.ts';
import { localServerCertificate } from './tls/local-certificates.ts';

export interface TransportOptions {
  /** The emulator's data folder: the local CA (tls/) and the SSH host key (ssh/) live there. */
  dataDir: string;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port of the HTTPS listener (0 = a free one); no HTTPS when absent. */
  httpsPort?: number;
  /** PEM files to serve HTTPS with instead of the local CA's certificate. */
  tls?: { certFile: string; keyFile: string; caFile?: string };
  /** Port of the SSH listener for git (0 = a free one); no SSH when absent. */
  sshPort?: number;
}

export interface Transports {
  /** e.g. https://127.0.0.1:3443 */
  httpsUrl?: string;
  /** The CA file clients trust for httpsUrl (AWS_CA_BUNDLE, GIT_SSL_CAINFO). */
  caFile?: string;
  /** e.g. ssh://127.0.0.1:2222 */
  sshUrl?: string;
  /** Starts answering: HTTPS requests go to `http`, SSH connections to `ssh`. */
  serve(handlers: {
    http: (req: IncomingMessage, res: ServerResponse) => void;
    ssh: (client: ssh2.Connection) => void;
  }): void;
  close(): Promise<void>;
}

/**
 * The HTTPS and SSH listeners beside the emulator's HTTP one. They listen before the emulator
 * exists, so their URLs can go into its clone URLs; until `serve` is called, HTTPS answers 503
 * and SSH closes the connection.
 *
 * @example
 * const transports = await openTransports({ dataDir, httpsPort: 0, sshPort: 0 });
 * const emulator = await createEmulator({ dataDir, publicUrl, sshUrl: transports.sshUrl });
 * transports.serve({ http: emulator.handle, ssh: emulator.handleSshConnection });
 */
export async function openTransports(options: TransportOptions): Promise<Transports> {
  const host = options.host ?? '127.0.0.1';
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const hostInUrl = reachable.includes(':') ? `[${reachable}]` : reachable;
  let http: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let ssh: ((client: ssh2.Connection) => void) | undefined;
  const closers: Array<() => Promise<void>> = [];
  const transports: Transports = {
    serve(handlers) {
      http = handlers.http;
      ssh = handlers.ssh;
    },
    async close() {
      await Promise.all(closers.map((close) => close()));
    },
  };
  try {
    if (options.httpsPort !== undefined) {
      const certificate = options.tls
        ? {
            cert: readFileSync(options.tls.certFile, 'utf8'),
            key: readFileSync(options.tls.keyFile, 'utf8'),
            caFile: options.tls.caFile && path.resolve(options.tls.caFile),
          }
        : await localServerCertificate(options.dataDir);
      const server = createHttpsServer(
        { cert: certificate.cert, key: certificate.key },
        (req, res) => {
          if (http) http(req, res);
          else res.writeHead(503, { 'retry-after': '1' }).end('The emulator is starting.');
        },
      );
      // A clone or push of a large repository may take longer than Node's default 5 minutes.
      server.requestTimeout = 60 * 60 * 1000;
      const port = await listen(server, options.httpsPort, host);
      closers.push(() => closeHttps(server));
      transports.httpsUrl = `https://${hostInUrl}:${port}`;
      if (certificate.caFile) transports.caFile = certificate.caFile;
    }
    if (options.sshPort !== undefined) {
      const server = new ssh2.Server({ hostKeys: [sshHostKey(options.dataDir)] }, (client) => {
        if (ssh) ssh(client);
        else client.end();
      });
      const port = await listen(server, options.sshPort, host);
      closers.push(
        () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
          }),
      );
      transports.sshUrl = `ssh://${hostInUrl}:${port}`;
    }
  } catch (error) {
    await transports.close();
    throw error;
  }
  return transports;
}

const listen = (server: HttpsServer | ssh2.Server, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });

const closeHttps = (server: HttpsServer): Promise<void> => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
};
