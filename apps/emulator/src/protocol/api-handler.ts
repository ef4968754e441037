import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize, resourceOf } from '../auth/authorize.ts';
import type { Credentials } from '../auth/credentials.ts';
import { verifyApiRequest } from '../auth/verify-api-request.ts';
import { inRegion } from '../regions/in-region.ts';
import { signedRegion } from '../regions/signed-region.ts';
import type { OperationContext, OperationTable } from '../operations/types.ts';
import { readBody } from './body.ts';
import { CodeCommitError } from './errors.ts';
import { isKnownOperation, serviceModel } from './model.ts';
import { sendError, sendOutput } from './respond.ts';
import { validateInput } from './validate.ts';

export interface ApiDependencies {
  credentials: Credentials;
  clock: () => Date;
  operations: OperationTable;
  /** Everything of the operation context but what each request decides: caller and region. */
  context: Omit<OperationContext, 'caller' | 'region' | 'repositories'>;
}

export const targetPrefix = `${serviceModel.metadata.targetPrefix}.`;

/**
 * Serves one AWS JSON 1.1 API call: read the body, verify SigV4, resolve the operation from
 * X-Amz-Target, check the caller's policy, validate the input against the model, run the handler.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDependencies,
): Promise<void> {
  try {
    const body = await readBody(req);
    const region = signedRegion(req, deps.context.defaultRegion);
    const identity = await verifyApiRequest(req, body, {
      region,
      credentials: deps.credentials,
      now: deps.clock(),
    });
    const operation = operationOf(req);
    const input = parseJson(body);
    authorize(
      identity,
      operation,
      resourceOf(input, (name) => `arn:aws:codecommit:${region}:${deps.context.accountId}:${name}`),
    );
    const handler = deps.operations[operation] as
      ((input: unknown, ctx: OperationContext) => unknown) | undefined;
    if (!handler)
      throw new CodeCommitError(
        'UnknownOperationException',
        `The operation ${operation} is not available in this CodeCommit emulator yet.`,
      );
    const output = await handler(validateInput(operation, input), {
      ...inRegion(deps.context, region),
      caller: identity.caller,
    });
    sendOutput(res, output);
  } catch (error) {
    if (error instanceof CodeCommitError) {
      if (error.status === 413) res.setHeader('connection', 'close');
      sendError(res, error.status, error.code, error.message);
      return;
    }
    console.error(`${req.headers['x-amz-target'] ?? 'API call'} failed:`, error);
    sendError(
      res,
      500,
      'InternalFailure',
      'The request processing has failed because of an unknown error, exception or failure.',
    );
  }
}

function operationOf(req: IncomingMessage): string {
  const target = req.headers['x-amz-target'];
  const operation =
    typeof target === 'string' && target.startsWith(targetPrefix)
      ? target.slice(targetPrefix.length)
      : undefined;
  if (
    req.method !== 'POST' ||
    (req.url ?? '/').split('?')[0] !== '/' ||
    !operation ||
    !isKnownOperation(operation)
  ) {
    throw new CodeCommitError(
      'UnknownOperationException',
      `Unknown operation ${JSON.stringify(target ?? '')}: CodeCommit is called with POST / and X-Amz-Target: ${targetPrefix}<Operation>.`,
    );
  }
  return operation;
}

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new CodeCommitError(
      'SerializationException',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CodeCommitError('SerializationException', 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
