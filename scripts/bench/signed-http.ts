import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { signerFor } from '@cc/bff';
import { Agent, request } from 'node:http';

export interface SignedHttpOptions {
  endpoint: string;
  /** Signs as this client would: its credentials, region and SHA-256. */
  client: CodeCommitClient;
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
  const signer = signerFor(options.client);
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
