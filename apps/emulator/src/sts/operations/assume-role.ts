import { isArn, issueSession, roleNamed } from '../issue-session.ts';
import { readParameters } from '../parameters.ts';
import { QueryError } from '../../query/query-error.ts';
import type { StsOperation } from '../types.ts';

/**
 * AssumeRole (AWS STS API Reference): an IAM user named in the role's `trust.users` gets
 * temporary credentials for it. A role session may not assume another role here (role chaining
 * would need the role listed as a principal, which `trust.users` cannot say).
 */
export const assumeRole: StsOperation = {
  signed: true,
  run(parameters, caller, deps) {
    const read = readParameters(parameters);
    const roleArn = read.roleArn();
    const roleSessionName = read.roleSessionName();
    const sourceIdentity = read.sourceIdentity();
    const durationSeconds = read.durationSeconds();
    read.done();
    if (roleArn === undefined || roleSessionName === undefined) throw new Error('unreachable');
    if (!isArn(roleArn)) throw new QueryError('ValidationError', 'Request ARN is invalid');
    const role = roleNamed(deps.roles, roleArn);
    const trusted =
      role !== undefined &&
      caller.session === undefined &&
      role.trust.users.includes(caller.caller.userName);
    // A missing role and an untrusting one read alike, so the answer does not tell which roles exist.
    if (!role || !trusted)
      throw new QueryError(
        'AccessDenied',
        `User: ${caller.caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        403,
      );
    const session = issueSession(deps, { role, roleSessionName, durationSeconds, sourceIdentity });
    return { ...session, PackedPolicySize: undefined, SourceIdentity: sourceIdentity };
  },
};
