import type { IncomingMessage } from 'node:http';
import { StsError } from './sts-error.ts';

export const stsVersion = '2011-06-15';

const formType = 'application/x-www-form-urlencoded';

/**
 * Whether a request is an STS call in the AWS Query protocol: `POST /` with a form body (the
 * SDKs and the CLI), or `GET /?Action=…` (allowed by the protocol). CodeCommit's JSON calls carry
 * X-Amz-Target instead, so both share one endpoint, as an AWS profile's `endpoint_url` needs.
 */
export function isStsRequest(req: IncomingMessage): boolean {
  const [pathname, search = ''] = (req.url ?? '').split('?', 2);
  if (pathname !== '/' || req.headers['x-amz-target'] !== undefined) return false;
  if (req.method === 'POST')
    return (req.headers['content-type'] ?? '').toLowerCase().startsWith(formType);
  return req.method === 'GET' && new URLSearchParams(search).has('Action');
}

export interface QueryRequest {
  action: string;
  parameters: URLSearchParams;
}

/** The Action and its parameters, from the query string and the form body together. */
export function parseQueryRequest(req: IncomingMessage, body: Buffer): QueryRequest {
  const parameters = new URLSearchParams((req.url ?? '').split('?', 2)[1] ?? '');
  for (const [name, value] of new URLSearchParams(body.toString('utf8')))
    parameters.append(name, value);
  const action = parameters.get('Action') ?? '';
  const version = parameters.get('Version') ?? '';
  if (action === '') throw new StsError('MissingAction', 'Missing Action');
  if (version !== stsVersion)
    throw new StsError(
      'InvalidAction',
      `Could not find operation ${action} for version ${version || 'NO_VERSION_SPECIFIED'}`,
    );
  return { action, parameters };
}
