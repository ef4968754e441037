import type Database from 'better-sqlite3';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize } from '../auth/authorize.ts';
import type { Credentials } from '../auth/credentials.ts';
import { verifyApiRequest } from '../auth/verify-api-request.ts';
import { signedRegion } from '../regions/signed-region.ts';
import { CodeCommitError } from './errors.ts';
import { sendError } from './respond.ts';

export interface ReadEndpointDependencies {
  db: Database.Database;
  credentials: Credentials;
  clock: () => Date;
  /** The default region: a request signed for another region of the partition is in that one. */
  region: string;
  accountId: string;
}

/**
 * Answers one of the emulator's own read-only endpoints about a repository,
 * `GET <path>?repositoryName=<name>`, with `{"deliveries": list(repositoryName)}`. The request
 * is SigV4-signed like an API call (service `codecommit`), and the caller needs
 * `codecommit:GetRepositoryTriggers` on the repository, as for reading its triggers; refusals
 * are AWS JSON errors.
 *
 * @example
 * answerRepositoryRead(req, res, deps, { path: '/_emulator/trigger-deliveries', list: (name) => listDeliveries(db, name) });
 */
export const answerRepositoryRead = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: ReadEndpointDependencies,
  { path, list }: { path: string; list: (repositoryName: string) => unknown[] },
): void => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendError(res, 405, 'MethodNotAllowedException', `${path} answers GET only.`);
    return;
  }
  // A GET has no body: anything sent is drained so the connection can be reused.
  req.resume();
  void answer(req, res, deps, { path, list });
};

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ReadEndpointDependencies,
  { path, list }: { path: string; list: (repositoryName: string) => unknown[] },
): Promise<void> {
  try {
    const region = signedRegion(req, deps.region);
    const identity = await verifyApiRequest(req, Buffer.alloc(0), {
      ...deps,
      region,
      now: deps.clock(),
    });
    const repositoryName = new URL(req.url ?? '/', 'http://emulator').searchParams.get(
      'repositoryName',
    );
    if (!repositoryName)
      throw new CodeCommitError('RepositoryNameRequiredException', 'A repositoryName is required.');
    authorize(
      identity,
      'GetRepositoryTriggers',
      `arn:aws:codecommit:${region}:${deps.accountId}:${repositoryName}`,
    );
    const text = JSON.stringify({ deliveries: list(repositoryName) });
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    });
    res.end(text);
  } catch (error) {
    if (error instanceof CodeCommitError) sendError(res, error.status, error.code, error.message);
    else {
      console.error(`${path} failed:`, error);
      sendError(res, 500, 'InternalFailure', 'The request processing has failed.');
    }
  }
}
