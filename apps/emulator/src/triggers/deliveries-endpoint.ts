import type Database from 'better-sqlite3';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listDeliveries } from './trigger-store.ts';

const PATH = '/_emulator/trigger-deliveries';

/** Whether a request is for the emulator's list of trigger deliveries. */
export const isTriggerDeliveriesRequest = (req: IncomingMessage): boolean =>
  (req.url ?? '').split('?')[0] === PATH;

/**
 * Answers `GET /_emulator/trigger-deliveries?repositoryName=<name>` with every trigger delivery
 * of that repository (of all repositories without the parameter), oldest first:
 * `{"deliveries":[{"deliveryId","repositoryName","triggerName","destinationArn","eventName","eventTime","payload":{"Records":[…]},"delivery":{"url","status","responseStatus","error"}}]}`.
 * Returns false, answering nothing, for any other request.
 *
 * @example
 * if (handleTriggerDeliveriesRequest(req, res, db)) return;
 */
export const handleTriggerDeliveriesRequest = (
  req: IncomingMessage,
  res: ServerResponse,
  db: Database.Database,
): boolean => {
  if (!isTriggerDeliveriesRequest(req)) return false;
  const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(text);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(405, { message: `${PATH} answers GET only.` }, { allow: 'GET, HEAD' });
    return true;
  }
  const repositoryName =
    new URL(req.url ?? '/', 'http://emulator').searchParams.get('repositoryName') ?? undefined;
  send(200, { deliveries: listDeliveries(db, repositoryName) });
  return true;
};
