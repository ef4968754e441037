import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';

/** Sessions end 12 hours after sign-in. */
export const SESSION_SECONDS = 12 * 60 * 60;

/**
 * Over https the cookie carries the `__Host-` prefix: browsers then accept it only with
 * `Secure`, `Path=/` and no `Domain`, so no sibling site can plant or read it. Under a path
 * prefix (BASE_PATH) it cannot have `Path=/`, so it carries `__Secure-`, which still demands
 * `Secure`, and its path keeps it from other applications on the same host.
 */
export function sessionCookieName(c: Context<AppEnv>): string {
  return `${cookiePrefix(c)}cc_session`;
}

export function cookiePrefix(c: Context<AppEnv>): string {
  if (!isHttps(c)) return '';
  return c.var.bff.basePath === '/' ? '__Host-' : '__Secure-';
}

/** The public address decides when there is one; otherwise how this request reached us. */
export function isHttps(c: Context<AppEnv>): boolean {
  const publicUrl = c.var.bff.publicUrl;
  if (publicUrl) return publicUrl.protocol === 'https:';
  return c.var.clientProtocol === 'https';
}

export function cookieOptions(c: Context<AppEnv>) {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: c.var.bff.basePath,
  } as const;
}

/** A new session id (256 random bits) in a cookie signed with HMAC-SHA256. */
export async function writeSessionCookie(c: Context<AppEnv>): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await setSignedCookie(c, sessionCookieName(c), id, c.var.bff.sessionSecret, {
    ...cookieOptions(c),
    maxAge: SESSION_SECONDS,
  });
  return id;
}

/** The session id in a validly signed cookie, or undefined. */
export async function readSessionCookie(c: Context<AppEnv>): Promise<string | undefined> {
  const value = await getSignedCookie(c, c.var.bff.sessionSecret, sessionCookieName(c));
  return typeof value === 'string' && /^[\w-]{43}$/.test(value) ? value : undefined;
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName(c), cookieOptions(c));
}
