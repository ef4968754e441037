import { createApp, type routes } from './app.ts';
import type { ConsoleUser } from './config/console-users.ts';
import { createGateway, type GatewayOptions } from './gateway/gateway.ts';

export { loadConsoleUsers, type ConsoleUser } from './config/console-users.ts';
export { gitCredentials } from './gateway/git-refs.ts';
export { signerFor } from './gateway/signer.ts';

export interface BffOptions extends GatewayOptions {
  users: ConsoleUser[];
  /** Signs session cookies; every instance behind one address needs the same secret (at least 32 characters). */
  sessionSecret: string;
  /** folder of the built SPA (apps/web/dist) to serve with index.html fallback */
  staticDir?: string;
}

/** The /api routes, for `hc<AppType>()` in the web app. */
export type AppType = typeof routes;

/**
 * The console's backend: the /api routes, sessions, security headers, and the built web app
 * when `staticDir` is given. Serve it with `@hono/node-server`'s `serve({ fetch: app.fetch })`.
 */
export function createBff(options: BffOptions) {
  if (options.sessionSecret.length < 32)
    throw new Error('sessionSecret must be at least 32 characters');
  if (options.users.length === 0) throw new Error('users must name at least one console user');
  const users = new Map(options.users.map((user) => [user.userName, user]));
  const gateway = createGateway(options);
  return createApp({ users, sessionSecret: options.sessionSecret, gateway }, options.staticDir);
}
