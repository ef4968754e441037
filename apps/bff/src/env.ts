import type { ConsoleUser } from './config/console-users.ts';
import type { CodeCommit, Gateway } from './gateway/gateway.ts';

/** What every request can reach: the configuration and the gateway, shared by all requests. */
export interface BffContext {
  users: ReadonlyMap<string, ConsoleUser>;
  sessionSecret: string;
  gateway: Gateway;
}

/** Hono's environment for the console's routes. */
export interface AppEnv {
  Variables: {
    bff: BffContext;
    /** The signed-in console user, when there is one. */
    user: ConsoleUser | undefined;
    /** CodeCommit as the signed-in user; set by `requireSignIn()`. */
    codeCommit: CodeCommit;
  };
}
