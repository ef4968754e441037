import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { GatewayError } from '../gateway/errors.ts';
import { chooseIdentity } from '../identity/aws-identity.ts';
import type { OidcTransaction } from '../sign-in/oidc/oidc-sign-in.ts';
import { consoleBase } from './console-base.ts';
import { cookieOptions, cookiePrefix } from './cookie.ts';
import { startSession } from './start-session.ts';

const TRANSACTION_SECONDS = 10 * 60;

const transactionSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string(),
});

const transactionCookie = (c: Context<AppEnv>) => `${cookiePrefix(c)}cc_oidc`;

/** Only a path inside the console: never another site, never `//host` or `/\host`. */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) && !/[\r\n]/.test(value) ? value : '/';
}

const callbackUrl = (c: Context<AppEnv>) => new URL('api/session/oidc/callback', consoleBase(c));

/** Back to the sign-in page, saying what went wrong and where the person was going. */
function toSignIn(c: Context<AppEnv>, error: string, returnTo = '/') {
  const url = new URL('sign-in', consoleBase(c));
  url.searchParams.set('error', error);
  if (returnTo !== '/') url.searchParams.set('redirectTo', returnTo);
  return c.redirect(url.href, 303);
}

/**
 * The OpenID Connect round trip: `login` sends the browser to the provider with a fresh state,
 * nonce and PKCE verifier kept in a short-lived signed cookie; `callback` redeems the code,
 * checks the ID token, picks the person's AWS identity and starts a session.
 */
export const oidcRoutes = new Hono<AppEnv>()
  .get('/login', async (c) => {
    const oidc = c.var.bff.oidc;
    if (!oidc) return c.json({ error: 'This console has no identity provider' }, 404);
    const returnTo = safeReturnTo(c.req.query('returnTo'));
    let started;
    try {
      started = await oidc.start(callbackUrl(c).href, returnTo);
    } catch (error) {
      return toSignIn(
        c,
        `The identity provider could not be reached: ${(error as Error).message}`,
        returnTo,
      );
    }
    const value = Buffer.from(JSON.stringify(started.transaction)).toString('base64url');
    await setSignedCookie(c, transactionCookie(c), value, c.var.bff.sessionSecret, {
      ...cookieOptions(c),
      maxAge: TRANSACTION_SECONDS,
    });
    return c.redirect(started.url.href, 302);
  })
  .get('/callback', async (c) => {
    const { oidc, sessionSecret, signIn } = c.var.bff;
    if (!oidc) return c.json({ error: 'This console has no identity provider' }, 404);
    const raw = await getSignedCookie(c, sessionSecret, transactionCookie(c));
    deleteCookie(c, transactionCookie(c), cookieOptions(c));
    let transaction: OidcTransaction;
    try {
      transaction = transactionSchema.parse(
        JSON.parse(Buffer.from(typeof raw === 'string' ? raw : '', 'base64url').toString('utf8')),
      );
    } catch {
      return toSignIn(c, 'The sign-in took too long or was started elsewhere: try again');
    }
    const providerError = c.req.query('error');
    if (providerError) {
      const description = c.req.query('error_description');
      return toSignIn(
        c,
        `The identity provider said no: ${description ?? providerError}`,
        transaction.returnTo,
      );
    }
    const current = callbackUrl(c);
    current.search = new URL(c.req.url).search;
    let finished;
    try {
      finished = await oidc.finish(current, transaction);
    } catch (error) {
      return toSignIn(c, `Sign-in failed: ${(error as Error).message}`, transaction.returnTo);
    }
    const identity = chooseIdentity(signIn.identities, finished.person);
    if (!identity) {
      return toSignIn(
        c,
        `No AWS identity is set up for ${finished.person.name}: ask the console's administrator`,
        transaction.returnTo,
      );
    }
    try {
      await startSession(c, finished.person, identity, finished.tokens);
    } catch (error) {
      if (error instanceof GatewayError) return toSignIn(c, error.message, transaction.returnTo);
      throw error;
    }
    return c.redirect(new URL(transaction.returnTo.slice(1), consoleBase(c)).href, 303);
  });
