import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * The emulator's logger: one JSON object a line, readable colours on a terminal. Request lines
 * carry no headers or bodies, so no secret (signature, session token, password) can reach them.
 */
export function createEmulatorLogger(
  level: Level | 'silent' = 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    { level, mixin: () => ({ name: 'emulator' }) },
    (destination ?? process.stdout.isTTY)
      ? (destination ??
          pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }))
      : undefined,
  );
}

interface Described {
  /** codecommit, git, a Query service's signing name (sts, iam), or emulator */
  service: string;
  operation?: string;
  repositoryName?: string;
}

const noted = new WeakMap<ServerResponse, Described>();

/**
 * Tells the request line what its handler found in the body, where the first line cannot say:
 * a Query request names its service by Version and its Action in the form.
 */
export function noteOperation(res: ServerResponse, described: Described): void {
  noted.set(res, described);
}

const GIT_PATH =
  /^(?:\/[a-z]{2}(?:-[a-z]+)+-\d+)?\/v1\/repos\/([^/]+)\/(info\/refs|git-upload-pack|git-receive-pack)$/;

/** What a request asks, from its first line and headers alone (its body is the handler's). */
function describe(req: IncomingMessage, url: URL): Described {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return { service: 'codecommit', operation: target.split('.')[1] };
  const git = GIT_PATH.exec(url.pathname);
  if (git)
    return {
      service: 'git',
      operation: git[2] === 'info/refs' ? (url.searchParams.get('service') ?? 'info/refs') : git[2],
      repositoryName: decodeURIComponent(git[1]!),
    };
  return { service: 'emulator' };
}

/** The access key id a request is signed with (SigV4's Credential, or git's user name): never a secret. */
function accessKeyId(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization ?? '';
  const signed = /Credential=([A-Z0-9]+)\//.exec(authorization);
  if (signed) return signed[1];
  if (!authorization.startsWith('Basic ')) return undefined;
  const user = Buffer.from(authorization.slice(6), 'base64').toString().split(':')[0] ?? '';
  return /^[A-Z0-9]+/.exec(user)?.[0];
}

/**
 * Writes one line when `res` is answered: request id, service (codecommit, git, sts, iam), API
 * operation or git service, repository, caller's access key id, status, AWS error type and
 * duration, like the console's own request lines.
 *
 * @example
 * ```ts
 * server.on('request', (req, res) => logRequest(logger, req, res));
 * ```
 */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const started = performance.now();
  const url = new URL(req.url ?? '/', 'http://emulator');
  const first = describe(req, url);
  const key = accessKeyId(req);
  // Handlers pass their headers to writeHead, where getHeader cannot see them: note them there.
  const sent: Record<string, unknown> = {};
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((arg, index) => index > 0 && arg && typeof arg === 'object');
    for (const [name, value] of Object.entries(headers ?? {})) sent[name.toLowerCase()] = value;
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  const header = (name: string) => res.getHeader(name) ?? sent[name];
  res.once('close', () => {
    const described = noted.get(res) ?? first;
    const errorType = header('x-amzn-errortype');
    const requestId = header('x-amzn-requestid');
    const status = res.statusCode;
    const what = described.operation ?? described.service;
    logger[status >= 500 ? 'error' : 'info'](
      {
        reqId: typeof requestId === 'string' ? requestId : randomUUID(),
        ...described,
        ...(key ? { accessKeyId: key } : {}),
        req: { method: req.method, path: url.pathname },
        res: { status, ...(errorType ? { errorType: String(errorType) } : {}) },
        responseTime: Math.round(performance.now() - started),
      },
      `${what}${described.repositoryName ? ` ${described.repositoryName}` : ''} ${status}`,
    );
  });
}

const SSH_COMMAND =
  /^(git[- ](?:upload|receive)-pack) '?(?:\/[a-z]{2}(?:-[a-z]+)+-\d+)?\/v1\/repos\/([^/']+)'?$/;

/**
 * Writes one line when a git command over SSH ends, like an HTTP request's: git service,
 * repository, the SSH public key id that signed in, exit code and duration.
 */
export function logSshCommand(
  logger: Logger,
  channel: { exit(code: number): void; once(event: 'close', listener: () => void): unknown },
  command: string,
  sshPublicKeyId: string,
): void {
  const started = performance.now();
  const match = SSH_COMMAND.exec(command.trim());
  let logged = false;
  // Written as the exit status is sent, before the client can see the command end.
  const write = (exitCode: number | undefined) => {
    if (logged) return;
    logged = true;
    const operation = match?.[1]?.replace(' ', '-') ?? 'unknown';
    logger[exitCode === 0 ? 'info' : 'warn'](
      {
        reqId: randomUUID(),
        service: 'git',
        transport: 'ssh',
        operation,
        ...(match?.[2] ? { repositoryName: match[2] } : {}),
        sshPublicKeyId,
        res: { exitCode },
        responseTime: Math.round(performance.now() - started),
      },
      `${operation}${match?.[2] ? ` ${match[2]}` : ''} over SSH exit ${exitCode ?? 'none'}`,
    );
  };
  const exit = channel.exit.bind(channel);
  channel.exit = (code: number) => {
    write(code);
    exit(code);
  };
  channel.once('close', () => write(undefined));
}
