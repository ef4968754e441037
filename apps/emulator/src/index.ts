import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCredentials } from './auth/credentials.ts';
import { indexIdentities, userIdentity } from './auth/identities.ts';
import type { ManagedPolicyName } from './auth/policies.ts';
import { writeProfiles } from './auth/profiles.ts';
import { indexRoles } from './auth/roles.ts';
import { sessionTokens } from './auth/session-token.ts';
import { loadEmulatorConfig } from './auth/users.ts';
import type ssh2 from 'ssh2';
import { handleGitRequest, isGitRequest } from './git-http/handler.ts';
import { serveGitOverSsh } from './git-ssh/git-over-ssh.ts';
import { sshPublicKeys as loadSshPublicKeys } from './iam/ssh-public-keys.ts';
import { openTransports, type TransportOptions } from './transports.ts';
import { operations } from './operations/index.ts';
import { registerPullRequestListeners } from './pull-requests/listeners.ts';
import {
  handleEventDeliveriesRequest,
  isEventDeliveriesRequest,
} from './eventbridge/deliveries-endpoint.ts';
import {
  handleTriggerDeliveriesRequest,
  isTriggerDeliveriesRequest,
} from './triggers/deliveries-endpoint.ts';
import type { EmulatorEvents, OperationContext } from './operations/types.ts';
import { handleApiRequest, targetPrefix } from './protocol/api-handler.ts';
import { sendError } from './protocol/respond.ts';
import { openDatabase } from './store/database.ts';
import { createEvents } from './store/events.ts';
import { regionalRepositoryStores } from './store/repository-store.ts';
import { removeStaleLocks } from './store/stale-locks.ts';
import { SqliteTagStore } from './store/tag-store.ts';
import { handleQueryRequest, type QueryService } from './query/serve.ts';
import { isQueryRequest } from './query/query-protocol.ts';
import { stsService } from './sts/service.ts';
import { iamService } from './iam/service.ts';
import { webIdentityVerifier } from './sts/web-identity.ts';
import { logRequest } from './logging/request-log.ts';
import type { Logger } from 'pino';

export { createEmulatorLogger } from './logging/request-log.ts';
export { openTransports, type TransportOptions, type Transports } from './transports.ts';

export interface EmulatorOptions {
  /** Folder for the database, the bare repositories, emulator.json and the AWS profile files. */
  dataDir: string;
  /** Base URL clients reach the emulator at, e.g. http://localhost:3000 (no trailing slash). */
  publicUrl: string;
  /** Base URL of git smart HTTP(S) for cloneUrlHttp, e.g. https://localhost:3443; default publicUrl. */
  gitUrl?: string;
  /**
   * The default region (us-east-1): the one the written AWS config names and git paths without a
   * region prefix mean. Every region of the `aws` partition is served: a request's signature
   * decides which one it is in.
   */
  region?: string;
  /** Base URL of the SSH listener (ssh://host:port), for cloneUrlSsh; AWS's host when absent. */
  sshUrl?: string;
  /** Default 123456789012. */
  accountId?: string;
  /**
   * The emulator's clock, for signature times, session expirations and web identity tokens.
   * Default: the system clock. Tests move it to see sessions expire.
   */
  clock?: () => Date;
  /** Writes one line per request answered (see `createEmulatorLogger`); none by default. */
  logger?: Logger;
  /**
   * The largest file (Git blob) a git push may carry, in bytes: 2 GB as on AWS by default. Tests
   * lower it to see a push refused without writing 2 GB.
   */
  maxBlobBytes?: number;
}

export interface EmulatorUser {
  userName: string;
  arn: string;
  accessKeyId: string;
  secretAccessKey: string;
  policy: ManagedPolicyName;
}

/** A role of emulator.json, as STS names it. */
export interface EmulatorRole {
  roleName: string;
  /** arn:aws:iam::<account>:role/<roleName>: the RoleArn of AssumeRole and AssumeRoleWithWebIdentity. */
  arn: string;
  policy: ManagedPolicyName;
  /**
   * The profile of the written AWS config that assumes this role, e.g. developer-role; absent
   * when no user with keys may assume it.
   */
  profile?: string;
  trust: {
    users: string[];
    webIdentity?: { issuer: string; audiences: string[] };
  };
}

export interface Emulator {
  /** node:http request listener for API calls (POST / with X-Amz-Target) and git smart HTTP (/v1/repos/<name>/...) */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** true when the request is for the emulator (so one server can host the emulator beside other apps) */
  owns(req: IncomingMessage): boolean;
  users: EmulatorUser[];
  roles: EmulatorRole[];
  /**
   * standard AWS shared config/credentials files with profiles admin, developer, reader
   * (region + endpoint_url = publicUrl) and a role profile per role (admin-role, developer-role,
   * reader-role for the demo roles)
   */
  configFile: string;
  credentialsFile: string;
  events: EmulatorEvents;
  /** Serves one connection of an SSH listener (`ssh2.Server`): git fetch and push, with the IAM users' SSH public keys. */
  handleSshConnection(client: ssh2.Connection): void;
  close(): Promise<void>;
}

/**
 * A CodeCommit emulator over the data in `dataDir`: an AWS JSON 1.1 API with SigV4 and IAM
 * managed policies, STS (GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity) and IAM's SSH
 * public key actions (UploadSSHPublicKey, ListSSHPublicKeys, …) on the same endpoint, and git
 * smart HTTP at each repository's cloneUrlHttp.
 *
 * @example
 * const emulator = await createEmulator({ dataDir: '.data/emulator', publicUrl: 'http://localhost:3000' });
 * http.createServer((req, res) => (emulator.owns(req) ? emulator.handle(req, res) : app(req, res)));
 */
export async function createEmulator(options: EmulatorOptions): Promise<Emulator> {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const dataDir = path.resolve(options.dataDir);
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const clock = options.clock ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });

  const config = loadEmulatorConfig(dataDir);
  const userConfigs = config.users;
  const identities = indexIdentities(userConfigs, accountId);
  const roles = indexRoles(config.roles, accountId);
  const tokens = sessionTokens(dataDir);
  const credentials = createCredentials({ identities, roles, tokens, clock });
  const webIdentity = webIdentityVerifier({ providers: config.openIdConnectProviders, clock });
  const { configFile, credentialsFile, roleProfiles } = writeProfiles(dataDir, userConfigs, {
    region,
    publicUrl,
    accountId,
    roles: config.roles,
  });
  const sshPublicKeys = loadSshPublicKeys(dataDir);
  const db = openDatabase(dataDir);
  const repositoriesIn = regionalRepositoryStores(db, dataDir, accountId);
  // The first store migrates the database and makes the repositories folder.
  repositoriesIn(region);
  await removeStaleLocks(path.join(dataDir, 'repositories'));
  const events = createEvents(repositoriesIn);
  const context: Omit<OperationContext, 'caller' | 'region' | 'repositories'> = {
    defaultRegion: region,
    accountId,
    userArns: new Set([
      ...[...identities.values()].map((identity) => identity.caller.arn),
      ...[...roles.values()].map((role) => role.arn),
    ]),
    publicUrl: (options.gitUrl ?? publicUrl).replace(/\/+$/, ''),
    ...(options.sshUrl ? { sshUrl: options.sshUrl.replace(/\/+$/, '') } : {}),
    db,
    repositoriesIn,
    tags: new SqliteTagStore(db),
    events,
  };
  registerPullRequestListeners(context, { dataDir });

  const users: EmulatorUser[] = [...identities.values()]
    .filter(
      (identity, index, all) =>
        all.findIndex((other) => other.caller.userName === identity.caller.userName) === index,
    )
    .map(({ caller, secretAccessKey, policy }) => ({
      userName: caller.userName,
      arn: caller.arn,
      accessKeyId: caller.accessKeyId,
      secretAccessKey,
      policy,
    }));

  const emulatorRoles: EmulatorRole[] = [...roles.values()].map((role) => ({
    roleName: role.roleName,
    arn: role.arn,
    policy: role.policy,
    profile: roleProfiles.get(role.roleName),
    trust: role.trust,
  }));
  const queryDeps = {
    services: [
      stsService({ region, accountId, credentials, roles, tokens, webIdentity, clock }),
      iamService({
        sshPublicKeys,
        userExists: (userName) => userConfigs.some((user) => user.userName === userName),
        clock,
      }),
    ] as [QueryService, QueryService],
    credentials,
    clock,
    defaultRegion: region,
  };

  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  return {
    users,
    roles: emulatorRoles,
    configFile,
    credentialsFile,
    events,
    owns,
    handleSshConnection(client) {
      serveGitOverSsh(client, {
        sshPublicKeys,
        identityOf: (userName) => {
          const user = userConfigs.find((candidate) => candidate.userName === userName);
          return user && userIdentity(user, accountId);
        },
        defaultRegion: region,
        repositoriesIn,
        events,
        ...(options.logger ? { logger: options.logger } : {}),
        maxBlobBytes: options.maxBlobBytes,
      });
    },
    handle(req, res) {
      if (options.logger) logRequest(options.logger, req, res);
      const deliveriesDeps = { db, credentials, clock, region, accountId };
      if (handleTriggerDeliveriesRequest(req, res, deliveriesDeps)) return;
      if (handleEventDeliveriesRequest(req, res, deliveriesDeps)) return;
      if (isGitRequest(req))
        track(
          handleGitRequest(req, res, {
            credentials,
            clock,
            defaultRegion: region,
            repositoriesIn,
            events,
            maxBlobBytes: options.maxBlobBytes,
          }),
        );
      else if (isQueryRequest(req)) track(handleQueryRequest(req, res, queryDeps));
      else if (owns(req))
        track(handleApiRequest(req, res, { credentials, clock, operations, context }));
      else
        sendError(
          res,
          404,
          'UnknownOperationException',
          `Nothing is served at ${req.method} ${req.url}.`,
        );
    },
    async close() {
      await Promise.allSettled([...pending]);
      db.close();
    },
  };
}

function owns(req: IncomingMessage): boolean {
  if (
    isGitRequest(req) ||
    isTriggerDeliveriesRequest(req) ||
    isEventDeliveriesRequest(req) ||
    isQueryRequest(req)
  )
    return true;
  const target = req.headers['x-amz-target'];
  return (
    req.method === 'POST' &&
    (req.url ?? '').split('?')[0] === '/' &&
    typeof target === 'string' &&
    target.startsWith(targetPrefix)
  );
}

/**
 * Starts the emulator on its own HTTP server.
 *
 * @example
 * const { url, close } = await startEmulator({ dataDir: '.data/emulator', port: 3010 });
 */
export async function startEmulator(
  options: {
    dataDir: string;
    port?: number;
    host?: string;
    clock?: () => Date;
    logger?: Logger;
    maxBlobBytes?: number;
  } & Omit<TransportOptions, 'dataDir' | 'host'>,
): Promise<{
  url: string;
  /** The HTTPS listener, when `httpsPort` is given: cloneUrlHttp names it. */
  httpsUrl?: string;
  /** The CA file that signed the HTTPS certificate (AWS_CA_BUNDLE, GIT_SSL_CAINFO). */
  caFile?: string;
  /** The SSH listener for git, when `sshPort` is given: cloneUrlSsh names it. */
  sshUrl?: string;
  emulator: Emulator;
  close(): Promise<void>;
}> {
  const host = options.host ?? '127.0.0.1';
  let emulator: Emulator | undefined;
  const server = createServer((req, res) => {
    if (emulator) emulator.handle(req, res);
    else sendError(res, 503, 'ServiceUnavailableException', 'The emulator is starting.');
  });
  // A clone or push of a large repository may take longer than Node's default 5 minutes.
  server.requestTimeout = 60 * 60 * 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
  let transports: Awaited<ReturnType<typeof openTransports>> | undefined;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    transports = await openTransports({ ...options, host });
    emulator = await createEmulator({
      dataDir: options.dataDir,
      publicUrl: url,
      gitUrl: transports.httpsUrl ?? url,
      sshUrl: transports.sshUrl,
      clock: options.clock,
      ...(options.logger ? { logger: options.logger } : {}),
      maxBlobBytes: options.maxBlobBytes,
    });
  } catch (error) {
    server.close();
    await transports?.close();
    throw error;
  }
  const running = emulator;
  transports.serve({
    http: (req, res) => running.handle(req, res),
    ssh: (client) => running.handleSshConnection(client),
  });
  const opened = transports;
  return {
    url,
    ...(opened.httpsUrl ? { httpsUrl: opened.httpsUrl } : {}),
    ...(opened.caFile ? { caFile: opened.caFile } : {}),
    ...(opened.sshUrl ? { sshUrl: opened.sshUrl } : {}),
    emulator: running,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await opened.close();
      await running.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
