import type { IncomingMessage } from 'node:http';
import { CodeCommitError } from './errors.ts';

/** Largest API request body: a PutFile of 6 MB is about 8 MB once base64-encoded. */
export const maxRequestBytes = 10 * 1024 * 1024;

/** Reads a request body, refusing it (413) as soon as it grows past `limit`. */
export async function readBody(req: IncomingMessage, limit = maxRequestBytes): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (limit: number): CodeCommitError =>
  new CodeCommitError(
    'RequestEntityTooLargeException',
    `The request body is larger than the ${limit / 1024 / 1024} MB the service accepts.`,
    413,
  );
