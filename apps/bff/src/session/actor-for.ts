import type { BffContext } from '../env.ts';
import { GatewayError } from '../gateway/errors.ts';
import type { Actor } from '../identity/actor.ts';
import type { SessionRecord } from './store.ts';

/** ID tokens are renewed this long before they expire, so STS never sees one that just ended. */
const ID_TOKEN_MARGIN_MS = 60_000;

const expired = () =>
  new GatewayError(401, 'Your sign-in has expired: sign in again', 'SignInExpired');

/**
 * The actor a session acts as. People with a fixed identity (a profile, a role assumed with
 * the BFF's credentials) keep one client across their sessions; a web identity is tied to the
 * session's own ID token, so its client is the session's.
 */
export function actorFor(bff: BffContext, sessionId: string, record: SessionRecord): Actor {
  const { person, identity, caller } = record;
  if (identity.kind !== 'webIdentity') {
    return {
      key: `${person.id}\u0000${JSON.stringify(identity)}`,
      name: person.name,
      identity,
      caller,
    };
  }
  return {
    key: `session\u0000${sessionId}`,
    name: person.name,
    identity,
    caller,
    webIdentityToken: () => currentIdToken(bff, sessionId),
  };
}

/** The session's ID token, renewed with its refresh token when it is about to expire. */
async function currentIdToken(bff: BffContext, sessionId: string): Promise<string> {
  const record = await bff.sessions.get(sessionId);
  const tokens = record?.oidc;
  if (!record || !tokens) throw expired();
  // The token's `exp` is the identity provider's clock, which the console's own clock (moved
  // in tests to end sessions) does not govern.
  if (tokens.idTokenExpiresAt - ID_TOKEN_MARGIN_MS > Date.now()) return tokens.idToken;
  if (!tokens.refreshToken || !bff.oidc) throw expired();
  const renewed = await bff.oidc.refresh(tokens.refreshToken).catch(() => {
    throw expired();
  });
  await bff.sessions.set(sessionId, {
    ...record,
    oidc: { ...renewed, refreshToken: renewed.refreshToken ?? tokens.refreshToken },
  });
  return renewed.idToken;
}
