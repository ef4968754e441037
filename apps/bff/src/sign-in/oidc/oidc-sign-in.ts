import * as client from 'openid-client';
import { isLoopback, type OidcSettings } from '../settings.ts';
import type { Person } from '../person.ts';

/** What the browser keeps (signed, HttpOnly, ten minutes) between leaving for the provider and coming back. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface OidcTokens {
  idToken: string;
  /** Milliseconds since the epoch. */
  idTokenExpiresAt: number;
  refreshToken?: string;
}

/**
 * Sign-in through any standard OpenID Connect provider with `openid-client` (a certified
 * relying party library): authorization code with PKCE, state and nonce, and the ID token's
 * issuer, audience, nonce, expiry and signature (through the provider's JWKS) all checked.
 */
export interface OidcSignIn {
  label: string;
  start(redirectUri: string, returnTo: string): Promise<{ url: URL; transaction: OidcTransaction }>;
  finish(
    callbackUrl: URL,
    transaction: OidcTransaction,
  ): Promise<{ person: Person; tokens: OidcTokens }>;
  /** New tokens from a refresh token, when the provider gave one. */
  refresh(refreshToken: string): Promise<OidcTokens>;
  /** The provider's sign-out address, when it has one (RP-Initiated Logout). */
  endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | undefined>;
}

export function oidcSignIn(settings: OidcSettings): OidcSignIn {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= (async () => {
      const issuer = new URL(settings.issuer);
      // Plain http only for a provider on this machine (tests, a local Keycloak); never otherwise.
      const insecure = issuer.protocol === 'http:' && isLoopback(issuer.hostname);
      const config = await client.discovery(
        issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      client.enableNonRepudiationChecks(config);
      return config;
    })();
    // A provider that was down at first use is asked again next time.
    discovered.catch(() => (discovered = undefined));
    return discovered;
  };

  const tokensFrom = (
    response: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): OidcTokens => {
    const claims = response.claims();
    if (!response.id_token || !claims) throw new Error('The identity provider sent no ID token');
    return {
      idToken: response.id_token,
      idTokenExpiresAt: claims.exp * 1000,
      ...(response.refresh_token ? { refreshToken: response.refresh_token } : {}),
    };
  };

  return {
    label: settings.label,
    async start(redirectUri, returnTo) {
      const config = await configuration();
      const transaction: OidcTransaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes.join(' '),
        response_type: 'code',
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, transaction };
    },
    async finish(callbackUrl, transaction) {
      const config = await configuration();
      const response = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = response.claims();
      if (!claims) throw new Error('The identity provider sent no ID token');
      const text = (name: string) =>
        typeof claims[name] === 'string' ? (claims[name] as string) : undefined;
      const groups = claims[settings.groupsClaim];
      const person: Person = {
        id: `oidc:${claims.iss}#${claims.sub}`,
        name: text(settings.nameClaim) ?? text('preferred_username') ?? text('email') ?? claims.sub,
        via: 'oidc',
        ...(text('email') ? { email: text('email') } : {}),
        ...(Array.isArray(groups)
          ? { groups: groups.filter((group): group is string => typeof group === 'string') }
          : {}),
      };
      return { person, tokens: tokensFrom(response) };
    },
    async refresh(refreshToken) {
      return tokensFrom(await client.refreshTokenGrant(await configuration(), refreshToken));
    },
    async endSessionUrl(idToken, postLogoutRedirectUri) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: postLogoutRedirectUri,
      });
    },
  };
}
