import { isArn, issueSession, roleNamed } from '../issue-session.ts';
import { readParameters } from '../parameters.ts';
import { QueryError } from '../../query/query-error.ts';
import type { StsOperation } from '../types.ts';

/**
 * AssumeRoleWithWebIdentity (AWS STS API Reference): called without AWS credentials; the OpenID
 * Connect ID token is the proof. The token is verified first (issuer, keys, audience, expiry:
 * see web-identity.ts), then the role's trust rule must name its issuer and one of its audiences.
 */
export const assumeRoleWithWebIdentity: StsOperation = {
  signed: false,
  async run(parameters, deps) {
    const read = readParameters(parameters);
    const roleArn = read.roleArn();
    const roleSessionName = read.roleSessionName();
    const webIdentityToken = read.webIdentityToken();
    const durationSeconds = read.durationSeconds();
    read.done();
    if (roleArn === undefined || roleSessionName === undefined || webIdentityToken === undefined)
      throw new Error('unreachable');
    if (!isArn(roleArn)) throw new QueryError('ValidationError', 'Request ARN is invalid');

    const identity = await deps.webIdentity.verify(webIdentityToken);
    const role = roleNamed(deps.roles, roleArn);
    const rule = role?.trust.webIdentity;
    const audience = identity.audiences.find((candidate) => rule?.audiences.includes(candidate));
    if (!role || rule?.issuer !== identity.issuer || audience === undefined)
      throw new QueryError(
        'AccessDenied',
        'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        403,
      );
    const session = issueSession(deps, {
      role,
      roleSessionName,
      durationSeconds,
      webIdentity: { issuer: identity.issuer, subject: identity.subject, audience },
    });
    return {
      ...session,
      SubjectFromWebIdentityToken: identity.subject,
      Audience: audience,
      Provider: identity.issuer,
    };
  },
};
