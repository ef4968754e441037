import type { Logger } from 'pino';
import type { ConsoleUser } from './config/console-users.ts';
import type { Readiness } from './features/health/readiness.ts';
import type { CodeCommitCallSummary } from './gateway/call-counter.ts';
import type { CodeCommit, Gateway } from './gateway/gateway.ts';
import type { Metrics } from './observability/metrics.ts';
import type { SessionRecord, SessionStore } from './session/store.ts';
import type { SharedRedis } from './shared-state/redis.ts';
import type { LocalAccounts } from './sign-in/local-accounts/accounts.ts';
import type { SignInThrottle } from './sign-in/local-accounts/throttle.ts';
import type { OidcSignIn } from './sign-in/oidc/oidc-sign-in.ts';
import type { SignInSettings } from './sign-in/settings.ts';

/** What every request can reach: the configuration and the gateway, shared by all requests. */
export interface BffContext {
  signIn: SignInSettings;
  /** The demo's name picker users, by name (empty unless `signIn.demoUsers`). */
  demoUsers: ReadonlyMap<string, ConsoleUser>;
  oidc: OidcSignIn | undefined;
  localAccounts: LocalAccounts | undefined;
  throttle: SignInThrottle;
  sessionSecret: string;
  sessions: SessionStore;
  /** The address people use (PUBLIC_URL); requests naming another host are refused. */
  publicUrl: URL | undefined;
  /** The path the console is served under, `/` or `/console/` (BASE_PATH): routes, cookies, links. */
  basePath: string;
  /** The store shared by several instances (REDIS_URL), when there is one. */
  redis: SharedRedis | undefined;
  /** Host names (with port when not the default) accepted when there is no public URL. */
  isAllowedHost(host: string): boolean;
  gateway: Gateway;
  /** Regions people may switch to besides their own (CODECOMMIT_REGIONS); empty for one region. */
  regions: readonly string[];
  now(): number;
  /** Request logs and anything else worth an operator's attention. */
  logger: Logger;
  /** Prometheus metrics (`/metrics`); the shared state reports its connection here. */
  metrics: Metrics;
  /** What `/readyz` checks; the shared state registers its own check. */
  readiness: Readiness;
}

/** Hono's environment for the console's routes. */
export interface AppEnv {
  Variables: {
    bff: BffContext;
    /** The signed-in person's session, when there is one. */
    session: SessionRecord | undefined;
    sessionId: string | undefined;
    /** CodeCommit as the signed-in person; set by `requireSignIn()`. */
    codeCommit: CodeCommit;
    /** The browser's address and scheme: from the socket, or from a trusted proxy's headers. */
    clientAddress: string | undefined;
    clientProtocol: 'http' | 'https';
    clientHost: string;
    /** What the request cost in CodeCommit calls, for its log line; set by `codeCommitCallsHeader()`. */
    codeCommitCalls: CodeCommitCallSummary | undefined;
  };
}
