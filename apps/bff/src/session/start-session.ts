import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { GatewayError } from '../gateway/errors.ts';
import { credentialsFor } from '../identity/aws-clients.ts';
import type { AwsIdentity } from '../identity/aws-identity.ts';
import { getCaller } from '../identity/caller.ts';
import type { Person } from '../sign-in/person.ts';
import type { OidcTokens } from '../sign-in/oidc/oidc-sign-in.ts';
import { SESSION_SECONDS, writeSessionCookie } from './cookie.ts';
import type { SessionRecord } from './store.ts';

/** AWS's refusals of an identity that mean "this person may not act as it", not "AWS is down". */
const REFUSED =
  /^(AccessDenied|InvalidIdentityToken|IDPRejectedClaim|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|UnrecognizedClient)/;

/**
 * Lets a person in: asks STS who their AWS identity is (which also proves it works), then
 * starts a new session under a new id (never one the browser brought: no session fixation).
 */
export async function startSession(
  c: Context<AppEnv>,
  person: Person,
  identity: AwsIdentity,
  oidc?: OidcTokens,
): Promise<SessionRecord> {
  const bff = c.var.bff;
  const credentials = credentialsFor(identity, oidc ? async () => oidc.idToken : undefined);
  let caller;
  try {
    caller = await getCaller(identity, credentials);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (REFUSED.test(name))
      throw new GatewayError(
        403,
        `AWS refused the identity chosen for ${person.name}: ${(error as Error).message}`,
        name,
      );
    throw new GatewayError(
      502,
      `STS could not be reached to sign ${person.name} in: ${(error as Error).message}`,
    );
  }
  if (c.var.sessionId) await bff.sessions.delete(c.var.sessionId);
  const record: SessionRecord = {
    person,
    identity,
    caller,
    expiresAt: bff.now() + SESSION_SECONDS * 1000,
    ...(oidc ? { oidc } : {}),
  };
  const id = await writeSessionCookie(c);
  await bff.sessions.set(id, record);
  return record;
}
