import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerRepositoryRead,
  type ReadEndpointDependencies,
} from '../protocol/repository-read-endpoint.ts';
import { listDeliveries } from './trigger-store.ts';

const PATH = '/_emulator/trigger-deliveries';

export type DeliveriesDependencies = ReadEndpointDependencies;

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
 * if (handleTriggerDeliveriesRequest(req, res, { db, identities, region, accountId })) return;
 */
export const handleTriggerDeliveriesRequest = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: DeliveriesDependencies,
): boolean => {
  if (!isTriggerDeliveriesRequest(req)) return false;
  answerRepositoryRead(req, res, deps, {
    path: PATH,
    list: (repositoryName) => listDeliveries(deps.db, repositoryName),
  });
  return true;
};
