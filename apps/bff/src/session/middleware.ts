import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { readSession } from './cookie.ts';

/**
 * Session middleware: reads the signed session cookie and sets `c.var.user` to the console user
 * it names, if that user is still configured.
 *
 * @example
 * ```ts
 * app.use('/api/*', session())
 * ```
 */
export function session() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { users, sessionSecret } = c.var.bff;
    const userName = await readSession(c, sessionSecret);
    c.set('user', userName === undefined ? undefined : users.get(userName));
    await next();
  });
}

/**
 * Sign-in guard: answers 401 without a session, otherwise sets `c.var.codeCommit` to CodeCommit
 * as the signed-in user.
 *
 * @example
 * ```ts
 * app.use('/api/repositories/*', requireSignIn())
 * ```
 */
export function requireSignIn() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user;
    if (!user) return c.json({ error: 'Sign in first' }, 401);
    c.set('codeCommit', c.var.bff.gateway.forUser(user));
    await next();
  });
}
