import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCredentials } from './auth/credentials.ts';
import { indexIdentities } from './auth/identities.ts';
import type { ManagedPolicyName } from './auth/policies.ts';
import { roleProfileName, writeProfiles } from './auth/profiles.ts';
import { indexRoles } from './auth/roles.ts';
import { sessionTokens } from './auth/session-token.ts';
import { loadEmulatorConfig } from './auth/users.ts';
import { handleGitRequest, isGitRequest } from './git-http/handler.ts';
import { operations } from './operations/index.ts';
import { registerPullRequestListeners } from './pull-requests/listeners.ts';
import {
  handleTriggerDeliveriesRequest,
  isTriggerDeliveriesRequest,
} from './triggers/deliveries-endpoint.ts';
import type { EmulatorEvents, OperationContext } from './operations/types.ts';
import { handleApiRequest, targetPrefix } from './protocol/api-handler.ts';
import { sendError } from './protocol/respond.ts';
import { openDatabase } from './store/database.ts';
import { createEvents } from './store/events.ts';
import { SqliteRepositoryStore } from './store/repository-store.ts';
import { removeStaleLocks } from './store/stale-locks.ts';
import { SqliteTagStore } from './store/tag-store.ts';
import { handleStsRequest } from './sts/handler.ts';
import { isStsRequest } from './sts/query-protocol.ts';
import { webIdentityVerifier } from './sts/web-identity.ts';

export interface EmulatorOptions {
  /** Folder for the database, the bare repositories, emulator.json and the AWS profile files. */
  dataDir: string;
  /** Base URL clients reach the emulator at, e.g. http://localhost:3000 (no trailing slash). */
  publicUrl: string;
  /** Default us-east-1. */
  region?: string;
  /** Default 123456789012. */
  accountId?: string;
  /**
   * The emulator's clock, for signature times, session expirations and web identity tokens.
   * Default: the system clock. Tests move it to see sessions expire.
   */
  clock?: () => Date;
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
  /** The profile of the written AWS config that assumes this role, e.g. developer-role. */
  profile: string;
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
  close(): Promise<void>;
}

/**
 * A CodeCommit emulator over the data in `dataDir`: an AWS JSON 1.1 API with SigV4 and IAM
 * managed policies, STS (GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity) on the same
 * endpoint, and git smart HTTP at each repository's cloneUrlHttp.
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
  const { configFile, credentialsFile } = writeProfiles(dataDir, userConfigs, {
    region,
    publicUrl,
    accountId,
    roles: config.roles,
  });
  const db = openDatabase(dataDir);
  const repositories = new SqliteRepositoryStore(db, dataDir, { region, accountId });
  await removeStaleLocks(path.join(dataDir, 'repositories'));
  const events = createEvents(repositories);
  const context: Omit<OperationContext, 'caller'> = {
    region,
    accountId,
    userArns: new Set([
      ...[...identities.values()].map((identity) => identity.caller.arn),
      ...[...roles.values()].map((role) => role.arn),
    ]),
    publicUrl,
    db,
    repositories,
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
    profile: roleProfileName(role.roleName),
    trust: role.trust,
  }));
  const stsDeps = { region, accountId, credentials, roles, tokens, webIdentity, clock };

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
    handle(req, res) {
      if (handleTriggerDeliveriesRequest(req, res, { db, credentials, clock, region, accountId }))
        return;
      if (isGitRequest(req))
        track(handleGitRequest(req, res, { credentials, clock, region, repositories, events }));
      else if (isStsRequest(req)) track(handleStsRequest(req, res, stsDeps));
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
  if (isGitRequest(req) || isTriggerDeliveriesRequest(req) || isStsRequest(req)) return true;
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
export async function startEmulator(options: {
  dataDir: string;
  port?: number;
  host?: string;
  clock?: () => Date;
}): Promise<{ url: string; emulator: Emulator; close(): Promise<void> }> {
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
  try {
    emulator = await createEmulator({
      dataDir: options.dataDir,
      publicUrl: url,
      clock: options.clock,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const running = emulator;
  return {
    url,
    emulator: running,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await running.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
