import type { Role } from '../auth/roles.ts';
import { assumedRoleArn } from '../auth/roles.ts';
import type { SessionClaims } from '../auth/session-token.ts';
import { newAccessKeyId, newSecretAccessKey } from '../auth/users.ts';
import type { StsDependencies } from './types.ts';
import type { XmlValue } from '../query/xml.ts';

/**
 * Temporary credentials for a role session: an ASIA… key id, a secret, a session token that
 * carries both (sealed, see auth/session-token.ts) and the expiration, plus the AssumedRoleUser
 * that AssumeRole and AssumeRoleWithWebIdentity answer with.
 *
 * @example
 * const { Credentials, AssumedRoleUser } = issueSession(deps, { role, roleSessionName, durationSeconds: 3600 });
 */
export function issueSession(
  deps: Pick<StsDependencies, 'tokens' | 'clock'>,
  session: {
    role: Role;
    roleSessionName: string;
    durationSeconds: number;
    sourceIdentity?: string;
    webIdentity?: SessionClaims['webIdentity'];
  },
): { Credentials: Record<string, XmlValue>; AssumedRoleUser: Record<string, XmlValue> } {
  const accessKeyId = newAccessKeyId('ASIA');
  const secretAccessKey = newSecretAccessKey();
  // AWS states expirations to the second.
  const expiration = new Date(
    Math.floor(deps.clock().getTime() / 1000) * 1000 + session.durationSeconds * 1000,
  );
  const sessionToken = deps.tokens.seal({
    accessKeyId,
    secretAccessKey,
    roleName: session.role.roleName,
    roleSessionName: session.roleSessionName,
    sourceIdentity: session.sourceIdentity,
    expiration: expiration.getTime(),
    webIdentity: session.webIdentity,
  });
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: secretAccessKey,
      SessionToken: sessionToken,
      Expiration: expiration,
    },
    AssumedRoleUser: {
      AssumedRoleId: `${session.role.roleId}:${session.roleSessionName}`,
      Arn: assumedRoleArn(session.role.accountId, session.role.roleName, session.roleSessionName),
    },
  };
}

/** The role a RoleArn names, if it is one of this account's roles. */
export function roleNamed(roles: Map<string, Role>, roleArn: string): Role | undefined {
  const name = /^arn:aws:iam::\d{12}:role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/.exec(
    roleArn,
  )?.[1];
  const role = name === undefined ? undefined : roles.get(name);
  return role?.arn === roleArn ? role : undefined;
}

/** Whether a RoleArn is an ARN at all (AWS answers "Request ARN is invalid" when it is not). */
export const isArn = (value: string): boolean => /^arn:[\w-]+:[\w-]*:[\w-]*:\d*:.+$/.test(value);
