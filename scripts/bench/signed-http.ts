import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { Agent, request } from 'node:http';

/** SHA-256 for the signer, from node:crypto: keyed (HMAC) when given a secret. */
class Sha256 {
  private readonly hash: Hash | Hmac;

  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }

  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

export interface SignedHttpOptions {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * CodeCommit's AWS JSON 1.1 wire calls with nothing else: the SDK's own SigV4 signer over one
 * kept-alive `node:http` connection. What a call costs the server plus the loopback, without the
 * SDK's middleware (endpoint rules, retries, user agent, parsing into classes), which costs the
 * same against AWS.
 */
export function signedHttpClient(options: SignedHttpOptions) {
  const url = new URL(options.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const signer = new SignatureV4({
    service: 'codecommit',
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    sha256: Sha256,
  });
  async function call(operation: string, input: unknown): Promise<unknown> {
    const body = JSON.stringify(input);
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: {},
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `CodeCommit_20150413.${operation}`,
      },
      body,
    });
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { host: url.hostname, port: url.port, method: 'POST', path: '/', agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200) {
              reject(new Error(`${operation}: ${response.statusCode} ${text}`));
              return;
            }
            resolve(JSON.parse(text));
          });
          response.on('error', reject);
        },
      );
      for (const [name, value] of Object.entries(signed.headers)) outgoing.setHeader(name, value);
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
  return { call, close: () => agent.destroy() };
}
