import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerRepositoryRead,
  type ReadEndpointDependencies,
} from '../protocol/repository-read-endpoint.ts';
import { listEventDeliveries } from './event-store.ts';

const PATH = '/_emulator/event-deliveries';

/** Whether a request is for the emulator's list of EventBridge event deliveries. */
export const isEventDeliveriesRequest = (req: IncomingMessage): boolean =>
  (req.url ?? '').split('?')[0] === PATH;

/**
 * Answers `GET /_emulator/event-deliveries?repositoryName=<name>` with every EventBridge event
 * the repository emitted, oldest first, once per target it went to:
 * `{"deliveries":[{"deliveryId","repositoryName","detailType","eventName","eventTime","event":{"version","id","detail-type","source","account","time","region","resources","detail"},"delivery":{"url","status","responseStatus","error"}}]}`.
 * Signed and authorized as `GET /_emulator/trigger-deliveries` is (SigV4, service `codecommit`,
 * `codecommit:GetRepositoryTriggers` on the repository). Returns false, answering nothing, for
 * any other request.
 *
 * @example
 * if (handleEventDeliveriesRequest(req, res, { db, identities, region, accountId })) return;
 */
export const handleEventDeliveriesRequest = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: ReadEndpointDependencies,
): boolean => {
  if (!isEventDeliveriesRequest(req)) return false;
  answerRepositoryRead(req, res, deps, {
    path: PATH,
    list: (repositoryName) => listEventDeliveries(deps.db, repositoryName),
  });
  return true;
};
