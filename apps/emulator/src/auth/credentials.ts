import { CodeCommitError } from '../protocol/errors.ts';
import type { Identity } from './identities.ts';
import { assumedRoleArn, type Role } from './roles.ts';
import type { SessionTokens } from './session-token.ts';

/** Whose access key a request names, checking the session token that came with it. */
export interface Credentials {
  /**
   * The identity behind an access key and (for temporary credentials) its session token.
   * Throws UnrecognizedClientException for an unknown key or a token that is not one of the
   * emulator's or not the key's, and ExpiredTokenException once the session has ended.
   */
  identify(accessKeyId: string, sessionToken: string | undefined): Identity;
}

/**
 * Credentials over the IAM users' long-term keys and the sessions STS handed out.
 *
 * @example
 * const credentials = createCredentials({ identities, roles, tokens, clock: () => new Date() });
 * const identity = credentials.identify(accessKeyId, req.headers['x-amz-security-token']);
 */
export function createCredentials(deps: {
  identities: Map<string, Identity>;
  roles: Map<string, Role>;
  tokens: SessionTokens;
  clock: () => Date;
}): Credentials {
  return {
    identify(accessKeyId, sessionToken) {
      // A long-term key with any token, or a temporary key without its own, is refused: AWS
      // checks the token whenever one is sent.
      if (sessionToken === undefined || sessionToken === '') {
        const identity = deps.identities.get(accessKeyId);
        if (!identity) throw invalidToken();
        return identity;
      }
      const claims = deps.tokens.open(sessionToken);
      if (!claims || claims.accessKeyId !== accessKeyId) throw invalidToken();
      // A role removed from emulator.json ends its sessions, as deleting an IAM role does.
      const role = deps.roles.get(claims.roleName);
      if (!role) throw invalidToken();
      if (claims.expiration <= deps.clock().getTime()) {
        // CodeCommit's words for an expired session (AWS JSON services' common errors).
        throw new CodeCommitError(
          'ExpiredTokenException',
          'The security token included in the request is expired',
        );
      }
      return {
        caller: {
          userName: claims.roleSessionName,
          arn: assumedRoleArn(role.accountId, role.roleName, claims.roleSessionName),
          accountId: role.accountId,
          accessKeyId,
        },
        secretAccessKey: claims.secretAccessKey,
        policy: role.policy,
        userId: `${role.roleId}:${claims.roleSessionName}`,
        session: { roleName: role.roleName, expiration: new Date(claims.expiration) },
      };
    },
  };
}

const invalidToken = (): CodeCommitError =>
  new CodeCommitError(
    'UnrecognizedClientException',
    'The security token included in the request is invalid.',
  );
