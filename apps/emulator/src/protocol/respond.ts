import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { toWireJson } from './serialize.ts';

const contentType = 'application/x-amz-json-1.1';

export function sendOutput(res: ServerResponse, output: unknown): void {
  send(res, 200, toWireJson(output), {});
}

/** An AWS JSON 1.1 error: the SDK rebuilds the exception class from `__type` / X-Amzn-ErrorType. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  send(res, status, JSON.stringify({ __type: code, message }), { 'x-amzn-errortype': code });
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
    ...headers,
  });
  res.end(body);
}
