import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Credentials } from '../auth/credentials.ts';
import type { Identity } from '../auth/identities.ts';
import { verifyApiRequest } from '../auth/verify-api-request.ts';
import { noteOperation } from '../logging/request-log.ts';
import { readBody } from '../protocol/body.ts';
import { CodeCommitError } from '../protocol/errors.ts';
import { signedRegion } from '../regions/signed-region.ts';
import { QueryError, toQueryError } from './query-error.ts';
import { parseQueryRequest } from './query-protocol.ts';
import { sendQueryError, sendQueryResult, type XmlValue } from './xml.ts';

type Result = Record<string, XmlValue>;

/** One action of a Query service: signed ones get the verified caller; a few are called without credentials. */
export type QueryOperation =
  | { signed: true; run(parameters: URLSearchParams, caller: Identity): Promise<Result> | Result }
  | { signed: false; run(parameters: URLSearchParams): Promise<Result> | Result };

/** A service in the AWS Query protocol, told apart from the others by the Version its callers send. */
export interface QueryService {
  /** The SigV4 service name of its credential scope: sts, iam. */
  signingName: string;
  /** e.g. 2011-06-15 for STS, 2010-05-08 for IAM */
  version: string;
  /** The XML namespace of its answers, e.g. https://sts.amazonaws.com/doc/2011-06-15/ */
  namespace: string;
  operations: Record<string, QueryOperation>;
}

export interface QueryDependencies {
  /** The first is the one answering calls whose Version names none of them. */
  services: [QueryService, ...QueryService[]];
  credentials: Credentials;
  clock: () => Date;
  /** The region a signature scoped to no region of the partition is checked against. */
  defaultRegion: string;
}

/** Query requests are small; the largest member, STS's WebIdentityToken, is 20,000 characters. */
const maxQueryRequestBytes = 256 * 1024;

/**
 * Serves one call in the AWS Query protocol: read the form, find the service by its Version and
 * the Action, verify SigV4 (with the service's signing name) unless the action is called without
 * credentials, run it, answer in XML.
 *
 * @example
 * if (isQueryRequest(req)) await handleQueryRequest(req, res, { services: [sts, iam], credentials, clock, defaultRegion });
 */
export async function handleQueryRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: QueryDependencies,
): Promise<void> {
  let service = deps.services[0];
  try {
    const body = await readBody(req, maxQueryRequestBytes);
    const { action, version, parameters } = parseQueryRequest(req, body);
    const named = deps.services.find((candidate) => candidate.version === version);
    if (named) service = named;
    noteOperation(res, { service: service.signingName, operation: action });
    const operation = named?.operations[action];
    if (!operation)
      throw new QueryError(
        'InvalidAction',
        `Could not find operation ${action} for version ${version || 'NO_VERSION_SPECIFIED'}`,
      );
    const result = operation.signed
      ? await operation.run(
          parameters,
          await verifyApiRequest(req, body, {
            region: signedRegion(req, deps.defaultRegion),
            service: service.signingName,
            credentials: deps.credentials,
            now: deps.clock(),
          }),
        )
      : await operation.run(parameters);
    sendQueryResult(res, service.namespace, action, result);
  } catch (error) {
    if (error instanceof QueryError) return sendQueryError(res, service.namespace, error);
    if (error instanceof CodeCommitError)
      return sendQueryError(res, service.namespace, toQueryError(error));
    console.error(`${service.signingName} call failed:`, error);
    sendQueryError(
      res,
      service.namespace,
      new QueryError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
        'Receiver',
      ),
    );
  }
}
