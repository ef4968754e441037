import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { actorFor } from './actor-for.ts';
import { readSessionCookie } from './cookie.ts';
import { inRequestedRegion } from './region.ts';
import type { SessionRecord } from './store.ts';

/**
 * Session middleware: reads the signed session id from its cookie and sets `c.var.session` to
 * the sign-in it names, if the BFF still holds it (sign-out and expiry remove it).
 *
 * @example
 * ```ts
 * app.use('/api/*', session())
 * ```
 */
export function session() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const live = await liveSession(c);
    c.set('session', live?.record);
    c.set('sessionId', live?.id);
    await next();
  });
}

/**
 * The sign-in the request's session cookie names, if the BFF still holds it and it has not
 * expired (sign-out and expiry remove it).
 */
export async function liveSession(
  c: Context<AppEnv>,
): Promise<{ id: string; record: SessionRecord } | undefined> {
  const id = await readSessionCookie(c);
  const record = id ? await c.var.bff.sessions.get(id) : undefined;
  return id && record && record.expiresAt > c.var.bff.now() ? { id, record } : undefined;
}

/**
 * Sign-in guard: answers 401 without a session, otherwise sets `c.var.codeCommit` to CodeCommit
 * as the signed-in person, in the region the request names (see `inRequestedRegion`).
 *
 * @example
 * ```ts
 * app.use('/api/repositories/*', requireSignIn())
 * ```
 */
export function requireSignIn() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { session: record, sessionId } = c.var;
    if (!record || !sessionId) return c.json({ error: 'Sign in first' }, 401);
    const actor = inRequestedRegion(c, actorFor(c.var.bff, sessionId, record));
    c.set('codeCommit', c.var.bff.gateway.forActor(actor));
    await next();
  });
}
