import { execFile, spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Credentials } from '../auth/credentials.ts';
import type { Identity } from '../auth/identities.ts';
import { isAllowedOn } from '../auth/authorize.ts';
import type { EmulatorEvents, RepositoryRecord, RepositoryStore } from '../operations/types.ts';
import { checkedPushOptions } from '../git/checked-push.ts';
import { gitEnv } from '../store/bare-repository.ts';
import { isPartitionRegion } from '../regions/partition-regions.ts';
import { parseRepositoryPath } from '../regions/repository-path.ts';
import { authenticateGitInAnyRegion } from './authenticate-any-region.ts';
import { pktLine, RefCommandReader } from './pkt-line.ts';

const run = promisify(execFile);

export interface GitHttpDependencies {
  credentials: Credentials;
  clock: () => Date;
  /** The region a path without a region prefix means when the signature names none other. */
  defaultRegion: string;
  repositoriesIn(region: string): RepositoryStore;
  events: EmulatorEvents;
  /** The largest file (Git blob) a push may carry; default 2 GB, as on AWS. */
  maxBlobBytes?: number;
}

type Service = 'git-upload-pack' | 'git-receive-pack';

const route = /^\/(info\/refs|git-upload-pack|git-receive-pack)$/;

export const isGitRequest = (req: IncomingMessage): boolean =>
  /^(\/[a-z]{2}(-[a-z]+)+-\d+)?\/v1\/repos\//.test(req.url ?? '');

/**
 * Git smart HTTP at `/v1/repos/<name>`, as CodeCommit serves it: HTTP Basic credentials from the
 * AWS CLI credential helper, codecommit:GitPull for fetches and codecommit:GitPush for pushes.
 * `git upload-pack` / `git receive-pack --stateless-rpc` do the protocol work; every ref a push
 * moves is reported through `events` before the client hears that the push is done.
 */
export async function handleGitRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: GitHttpDependencies,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = parseRepositoryPath(url.pathname);
  const match = route.exec(path?.rest ?? '');
  const service = (match?.[1] === 'info/refs' ? url.searchParams.get('service') : match?.[1]) as
    Service | null | undefined;
  const advertise = match?.[1] === 'info/refs';
  if (
    !path ||
    !match ||
    (service !== 'git-upload-pack' && service !== 'git-receive-pack') ||
    req.method !== (advertise ? 'GET' : 'POST')
  ) {
    return text(
      res,
      404,
      'Not found: git smart HTTP is served at [/<region>]/v1/repos/<name>/info/refs?service=..., git-upload-pack and git-receive-pack.\n',
    );
  }
  const { repositoryName } = path;
  if (path.region && !isPartitionRegion(path.region))
    return text(res, 404, `${path.region} is not a region of the aws partition.\n`);
  const signed = authenticateGitInAnyRegion(req, {
    repositoryPath: path.repositoryPath,
    likelyRegion: path.region ?? deps.defaultRegion,
    credentials: deps.credentials,
    now: deps.clock(),
  });
  if (!signed) {
    res.setHeader('www-authenticate', 'Basic realm="CodeCommit"');
    return text(
      res,
      401,
      'Unauthorized: sign in with the AWS CLI credential helper (credential.helper = !aws codecommit credential-helper --ignore-host-check $@, credential.UseHttpPath = true).\n',
    );
  }
  const { identity } = signed;
  // The path's region wins: it is what AWS's host name says; the signer may not know it.
  const region = path.region ?? signed.region;
  const repository = deps.repositoriesIn(region).find(repositoryName);
  if (!repository)
    return text(res, 404, `Repository ${repositoryName} does not exist in ${region}.\n`);
  const action = service === 'git-upload-pack' ? 'codecommit:GitPull' : 'codecommit:GitPush';
  if (!isAllowedOn(identity, action, repository.arn)) {
    return text(
      res,
      403,
      `User: ${identity.caller.arn} is not authorized to perform: ${action} on resource: ${repository.arn}\n`,
    );
  }
  try {
    if (advertise) await advertiseRefs(req, res, service, repository);
    else await serviceRpc(req, res, service, repository, identity, deps);
  } catch (error) {
    console.error(`git ${service} for ${repositoryName} failed:`, error);
    if (!res.headersSent) text(res, 500, `git ${service} failed.\n`);
    else res.destroy();
  }
}

async function advertiseRefs(
  req: IncomingMessage,
  res: ServerResponse,
  service: Service,
  repository: RepositoryRecord,
): Promise<void> {
  const protocolV2 = wantsProtocolV2(req, service);
  const child = spawnService(service, repository, ['--advertise-refs'], protocolV2);
  res.writeHead(200, {
    'content-type': `application/x-${service}-advertisement`,
    'cache-control': 'no-cache',
  });
  // Protocol v2 starts with its own capability advertisement, without the service line.
  if (!protocolV2) res.write(`${pktLine(`# service=${service}\n`)}0000`);
  child.stdout.pipe(res);
  await exited(child.process);
}

async function serviceRpc(
  req: IncomingMessage,
  res: ServerResponse,
  service: Service,
  repository: RepositoryRecord,
  identity: Identity,
  deps: Pick<GitHttpDependencies, 'events' | 'maxBlobBytes'>,
): Promise<void> {
  const child = spawnService(service, repository, [], wantsProtocolV2(req, service), deps);
  const body: Readable =
    req.headers['content-encoding'] === 'gzip' ? req.pipe(createGunzip()) : req;
  const commands = new RefCommandReader();
  if (service === 'git-receive-pack') body.on('data', (chunk: Buffer) => commands.push(chunk));
  body.on('error', () => child.process.kill());
  req.on('aborted', () => child.process.kill());
  child.process.stdin.on('error', () => undefined);
  body.pipe(child.process.stdin);

  res.writeHead(200, {
    'content-type': `application/x-${service}-result`,
    'cache-control': 'no-cache',
  });
  child.stdout.pipe(res, { end: false });
  const [code] = await Promise.all([
    exited(child.process),
    new Promise((resolve) => child.stdout.once('end', resolve)),
  ]);
  if (service === 'git-receive-pack' && code === 0)
    await reportMovedRefs(repository, commands, identity, deps.events);
  res.end();
}

/** Fetches may speak protocol v2 (git asks with a Git-Protocol header); pushes stay on v0. */
const wantsProtocolV2 = (req: IncomingMessage, service: Service): boolean =>
  service === 'git-upload-pack' && /version=2/.test(String(req.headers['git-protocol'] ?? ''));

function spawnService(
  service: Service,
  repository: RepositoryRecord,
  extra: string[],
  protocolV2: boolean,
  limits: { maxBlobBytes?: number } = {},
) {
  const env = gitEnv();
  if (protocolV2) env.GIT_PROTOCOL = 'version=2';
  const child = spawn(
    'git',
    [
      ...(service === 'git-receive-pack' ? checkedPushOptions(limits) : []),
      service.slice('git-'.length),
      '--stateless-rpc',
      ...extra,
      repository.gitDir,
    ],
    { env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on(
    'data',
    (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)),
  );
  child.on('close', (code) => {
    if (code !== 0) console.error(`git ${service} exited with ${code}: ${stderr.trim()}`);
  });
  return { process: child, stdout: child.stdout };
}

const exited = (child: ReturnType<typeof spawn>): Promise<number | null> =>
  new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });

const zeroId = '0000000000000000000000000000000000000000';

/** Reports each ref the push asked for that now holds the value asked for. */
export async function reportMovedRefs(
  repository: RepositoryRecord,
  reader: RefCommandReader,
  identity: Identity,
  events: EmulatorEvents,
): Promise<void> {
  if (reader.commands.length === 0) return;
  const { stdout } = await run(
    'git',
    ['--git-dir', repository.gitDir, 'for-each-ref', '--format=%(objectname) %(refname)'],
    { env: gitEnv(), maxBuffer: 256 * 1024 * 1024 },
  );
  const current = new Map(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(41), line.slice(0, 40)] as const),
  );
  for (const command of reader.commands) {
    if ((current.get(command.ref) ?? zeroId) !== command.newCommitId) continue;
    events.referenceUpdated({
      region: repository.region,
      repositoryName: repository.repositoryName,
      ref: command.ref,
      oldCommitId: command.oldCommitId,
      newCommitId: command.newCommitId,
      caller: identity.caller,
      source: 'push',
    });
  }
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
