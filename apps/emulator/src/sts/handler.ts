import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyApiRequest } from '../auth/verify-api-request.ts';
import { readBody } from '../protocol/body.ts';
import { CodeCommitError } from '../protocol/errors.ts';
import { stsOperations } from './operations/index.ts';
import { parseQueryRequest, stsVersion } from './query-protocol.ts';
import { StsError, toStsError } from './sts-error.ts';
import type { StsDependencies } from './types.ts';
import { sendStsError, sendStsResult } from './xml.ts';

/** Query requests are small; the largest member, WebIdentityToken, is 20,000 characters. */
const maxStsRequestBytes = 256 * 1024;

/**
 * Serves one STS call in the AWS Query protocol: read the form, find the Action, verify SigV4
 * (service `sts`) unless the action is called without credentials, run it, answer in XML.
 *
 * @example
 * if (isStsRequest(req)) await handleStsRequest(req, res, deps);
 */
export async function handleStsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: StsDependencies,
): Promise<void> {
  try {
    const body = await readBody(req, maxStsRequestBytes);
    const { action, parameters } = parseQueryRequest(req, body);
    const operation = stsOperations[action];
    if (!operation)
      throw new StsError(
        'InvalidAction',
        `Could not find operation ${action} for version ${stsVersion}`,
      );
    const result = operation.signed
      ? await operation.run(
          parameters,
          await verifyApiRequest(req, body, {
            region: deps.region,
            service: 'sts',
            credentials: deps.credentials,
            now: deps.clock(),
          }),
          deps,
        )
      : await operation.run(parameters, deps);
    sendStsResult(res, action, result);
  } catch (error) {
    if (error instanceof StsError) return sendStsError(res, error);
    if (error instanceof CodeCommitError) return sendStsError(res, toStsError(error));
    console.error('STS call failed:', error);
    sendStsError(
      res,
      new StsError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
        'Receiver',
      ),
    );
  }
}
