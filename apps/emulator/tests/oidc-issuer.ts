import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface TestIssuer {
  /** http://127.0.0.1:<port>: the `iss` of its tokens and the url of its IAM OIDC provider. */
  url: string;
  /**
   * An ID token signed with the issuer's published key (RS256, or ES256 when asked). `forged`
   * signs with a key of the same kid that the issuer never published.
   */
  idToken(
    claims: JWTPayload & { aud: string | string[]; sub: string; exp: number; iat: number },
    options?: { alg?: 'RS256' | 'ES256'; forged?: boolean },
  ): Promise<string>;
  close(): Promise<void>;
}

/**
 * A minimal OpenID Connect issuer on a free loopback port: `/.well-known/openid-configuration`
 * and its `jwks_uri`, with one RSA and one EC key, enough for an IAM OIDC identity provider.
 *
 * @example
 * const issuer = await startTestIssuer();
 * const token = await issuer.idToken({ sub: 'alice', aud: 'console', iat, exp });
 */
export async function startTestIssuer(): Promise<TestIssuer> {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const stranger = { RS256: await generateKeyPair('RS256'), ES256: await generateKeyPair('ES256') };
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  let url = '';
  const server = createServer((req, res) => {
    const body =
      req.url === '/.well-known/openid-configuration'
        ? {
            issuer: url,
            jwks_uri: `${url}/jwks`,
            id_token_signing_alg_values_supported: ['RS256', 'ES256'],
          }
        : req.url === '/jwks'
          ? { keys }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async idToken(claims, options = {}) {
      const alg = options.alg ?? 'RS256';
      const key = options.forged
        ? stranger[alg].privateKey
        : alg === 'RS256'
          ? rsa.privateKey
          : ec.privateKey;
      return new SignJWT({ iss: url, ...claims })
        .setProtectedHeader({ alg, kid: alg === 'RS256' ? 'rsa-1' : 'ec-1', typ: 'JWT' })
        .sign(key);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
