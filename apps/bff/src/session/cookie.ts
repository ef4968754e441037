import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'cc_session';
/** Sessions end 12 hours after sign-in. */
export const SESSION_SECONDS = 12 * 60 * 60;

interface SessionClaims {
  /** The console user's name. */
  u: string;
  /** Expiry, in seconds since the epoch. */
  e: number;
}

/** Secure cookies whenever the browser reached us over https, directly or through a proxy. */
function isHttps(c: Context): boolean {
  return (
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

function cookieOptions(c: Context) {
  return { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/' } as const;
}

/**
 * Writes the session cookie: the user's name and an expiry, signed with HMAC-SHA256. Nothing is
 * kept on the server, so any BFF instance holding the same secret accepts it.
 */
export async function writeSession(c: Context, secret: string, userName: string): Promise<void> {
  const claims: SessionClaims = { u: userName, e: Math.floor(Date.now() / 1000) + SESSION_SECONDS };
  const value = Buffer.from(JSON.stringify(claims)).toString('base64url');
  await setSignedCookie(c, SESSION_COOKIE, value, secret, {
    ...cookieOptions(c),
    maxAge: SESSION_SECONDS,
  });
}

/** The user name in a valid, unexpired session cookie, or undefined. */
export async function readSession(c: Context, secret: string): Promise<string | undefined> {
  const value = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!value) return undefined;
  try {
    const claims = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    ) as Partial<SessionClaims>;
    if (typeof claims.u !== 'string' || typeof claims.e !== 'number') return undefined;
    return claims.e > Date.now() / 1000 ? claims.u : undefined;
  } catch {
    return undefined;
  }
}

export function clearSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}
