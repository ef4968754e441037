import type Database from 'better-sqlite3';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize } from '../auth/authorize.ts';
import type { Credentials } from '../auth/credentials.ts';
import { verifyApiRequest } from '../auth/verify-api-request.ts';
import { CodeCommitError } from '../protocol/errors.ts';
import { sendError } from '../protocol/respond.ts';
import { listDeliveries } from './trigger-store.ts';

const PATH = '/_emulator/trigger-deliveries';

export interface DeliveriesDependencies {
  db: Database.Database;
  credentials: Credentials;
  clock: () => Date;
  region: string;
  accountId: string;
}

/** Whether a request is for the emulator's list of trigger deliveries. */
export const isTriggerDeliveriesRequest = (req: IncomingMessage): boolean =>
  (req.url ?? '').split('?')[0] === PATH;

/**
 * Answers `GET /_emulator/trigger-deliveries?repositoryName=<name>` with every trigger delivery
 * of that repository, oldest first:
 * `{"deliveries":[{"deliveryId","repositoryName","triggerName","destinationArn","eventName","eventTime","payload":{"Records":[…]},"delivery":{"url","status","responseStatus","error"}}]}`.
 * The request is SigV4-signed like an API call (service `codecommit`), and the caller needs
 * `codecommit:GetRepositoryTriggers` on the repository, as for reading its triggers; refusals
 * are AWS JSON errors. Returns false, answering nothing, for any other request.
 *
 * @example
 * if (handleTriggerDeliveriesRequest(req, res, { db, credentials, clock, region, accountId })) return;
 */
export const handleTriggerDeliveriesRequest = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: DeliveriesDependencies,
): boolean => {
  if (!isTriggerDeliveriesRequest(req)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendError(res, 405, 'MethodNotAllowedException', `${PATH} answers GET only.`);
    return true;
  }
  // A GET has no body: anything sent is drained so the connection can be reused.
  req.resume();
  void answer(req, res, deps);
  return true;
};

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  deps: DeliveriesDependencies,
): Promise<void> {
  try {
    const identity = await verifyApiRequest(req, Buffer.alloc(0), { ...deps, now: deps.clock() });
    const repositoryName = new URL(req.url ?? '/', 'http://emulator').searchParams.get(
      'repositoryName',
    );
    if (!repositoryName)
      throw new CodeCommitError('RepositoryNameRequiredException', 'A repositoryName is required.');
    authorize(
      identity,
      'GetRepositoryTriggers',
      `arn:aws:codecommit:${deps.region}:${deps.accountId}:${repositoryName}`,
    );
    const text = JSON.stringify({ deliveries: listDeliveries(deps.db, repositoryName) });
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    });
    res.end(text);
  } catch (error) {
    if (error instanceof CodeCommitError) sendError(res, error.status, error.code, error.message);
    else {
      console.error(`${PATH} failed:`, error);
      sendError(res, 500, 'InternalFailure', 'The request processing has failed.');
    }
  }
}
