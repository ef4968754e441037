import type { IncomingMessage } from 'node:http';
import { QueryError } from './query-error.ts';

const formType = 'application/x-www-form-urlencoded';

/**
 * Whether a request is a call in the AWS Query protocol (STS, IAM): `POST /` with a form body
 * (the SDKs and the CLI), or `GET /?Action=…` (allowed by the protocol). CodeCommit's JSON calls
 * carry X-Amz-Target instead, so all share one endpoint, as an AWS profile's `endpoint_url` needs.
 */
export function isQueryRequest(req: IncomingMessage): boolean {
  const [pathname, search = ''] = (req.url ?? '').split('?', 2);
  if (pathname !== '/' || req.headers['x-amz-target'] !== undefined) return false;
  if (req.method === 'POST')
    return (req.headers['content-type'] ?? '').toLowerCase().startsWith(formType);
  return req.method === 'GET' && new URLSearchParams(search).has('Action');
}

export interface QueryRequest {
  action: string;
  /** The API version the caller names: it says which service the call is for. */
  version: string;
  parameters: URLSearchParams;
}

/** The Action, the Version and the parameters, from the query string and the form body together. */
export function parseQueryRequest(req: IncomingMessage, body: Buffer): QueryRequest {
  const parameters = new URLSearchParams((req.url ?? '').split('?', 2)[1] ?? '');
  for (const [name, value] of new URLSearchParams(body.toString('utf8')))
    parameters.append(name, value);
  const action = parameters.get('Action') ?? '';
  if (action === '') throw new QueryError('MissingAction', 'Missing Action');
  return { action, version: parameters.get('Version') ?? '', parameters };
}
