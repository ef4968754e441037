import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OpenIdConnectProviderConfig } from '../auth/config-schema.ts';
import { QueryError } from '../query/query-error.ts';

/** A web identity token that passed every check, and the provider that issued it. */
export interface VerifiedWebIdentity {
  provider: OpenIdConnectProviderConfig;
  issuer: string;
  subject: string;
  /** Every `aud` of the token that is one of the provider's client ids. */
  audiences: string[];
}

export interface WebIdentityVerifier {
  verify(token: string): Promise<VerifiedWebIdentity>;
}

/** Asymmetric algorithms only: a shared-secret (HS256) token could be made by anyone holding the secret. */
const algorithms = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];

/** How far in the future an `iat` may lie before the token is refused (clocks drift). */
const iatToleranceSeconds = 300;

const keyRetrievalFailed = (): QueryError =>
  // The words STS answers with when it cannot read the provider's keys.
  new QueryError(
    'InvalidIdentityToken',
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  );

/**
 * Verifies OpenID Connect ID tokens as an IAM OIDC identity provider does (IAM User Guide,
 * "Create an OpenID Connect (OIDC) identity provider in IAM"; STS API Reference,
 * AssumeRoleWithWebIdentity): `iss` must be a provider's URL, the signature must check against
 * the keys at the `jwks_uri` of `<iss>/.well-known/openid-configuration`, `aud` must be one of
 * the provider's client ids, and `exp` must not have passed. IAM accepts only https issuers;
 * the configuration allows plain http for a loopback issuer so tests can run one.
 *
 * @example
 * const verifier = webIdentityVerifier({ providers, clock: () => new Date() });
 * const { subject, audiences } = await verifier.verify(idToken);
 */
export function webIdentityVerifier(options: {
  providers: OpenIdConnectProviderConfig[];
  clock: () => Date;
}): WebIdentityVerifier {
  const keySets = new Map<string, Promise<ReturnType<typeof createRemoteJWKSet>>>();
  const keysOf = (issuer: string): Promise<ReturnType<typeof createRemoteJWKSet>> => {
    let keys = keySets.get(issuer);
    if (!keys) {
      keys = discoverKeys(issuer);
      keySets.set(issuer, keys);
      // A provider that was down is asked again next time.
      keys.catch(() => keySets.delete(issuer));
    }
    return keys;
  };

  return {
    async verify(token) {
      const unverified = decode(token);
      const issuer = (unverified.iss ?? '').replace(/\/+$/, '');
      const provider = options.providers.find((candidate) => candidate.url === issuer);
      if (!provider || issuer === '')
        throw new QueryError(
          'InvalidIdentityToken',
          `No OpenIDConnect provider found in your account for ${unverified.iss ?? ''}`,
        );
      let keys: ReturnType<typeof createRemoteJWKSet>;
      try {
        keys = await keysOf(provider.url);
      } catch {
        throw keyRetrievalFailed();
      }
      const now = options.clock();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms,
          currentDate: now,
          requiredClaims: ['exp', 'sub', 'aud'],
        }));
      } catch (error) {
        throw refusal(error, unverified, now);
      }
      if (
        typeof payload.iat === 'number' &&
        payload.iat > now.getTime() / 1000 + iatToleranceSeconds
      )
        throw new QueryError('InvalidIdentityToken', 'The token was issued in the future (iat).');
      const audiences = (Array.isArray(payload.aud) ? payload.aud : [payload.aud ?? '']).filter(
        (audience) => provider.clientIds.includes(audience),
      );
      if (audiences.length === 0)
        throw new QueryError('InvalidIdentityToken', 'Incorrect token audience');
      return { provider, issuer: provider.url, subject: payload.sub ?? '', audiences };
    },
  };
}

function decode(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch {
    throw new QueryError(
      'InvalidIdentityToken',
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
    );
  }
}

async function discoverKeys(issuer: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5_000),
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`openid-configuration answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error('openid-configuration has no jwks_uri');
  return createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 5_000 });
}

/** jose's reasons, in STS's error codes and words. */
function refusal(error: unknown, unverified: JWTPayload, now: Date): QueryError {
  if (error instanceof errors.JWTExpired && error.claim === 'exp')
    return new QueryError(
      'ExpiredTokenException',
      `Token expired: current date/time ${Math.floor(now.getTime() / 1000)} must be before the expiration date/time ${unverified.exp ?? ''}`,
    );
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return keyRetrievalFailed();
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return new QueryError(
      'InvalidIdentityToken',
      "The token's signature does not verify with any key of the identity provider.",
    );
  if (error instanceof errors.JWTClaimValidationFailed)
    return new QueryError('InvalidIdentityToken', `The token was refused: ${error.message}.`);
  if (error instanceof errors.JOSEAlgNotAllowed)
    return new QueryError(
      'InvalidIdentityToken',
      `The token is signed with an algorithm IAM does not accept; use one of ${algorithms.join(', ')}.`,
    );
  if (error instanceof errors.JOSEError)
    return new QueryError('InvalidIdentityToken', `The token is not valid: ${error.message}.`);
  return keyRetrievalFailed();
}
