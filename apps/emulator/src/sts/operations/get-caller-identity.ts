import type { StsOperation } from '../types.ts';

/**
 * GetCallerIdentity: who signed the request (AWS STS API Reference). UserId is `aws:userid`:
 * the user's AIDA… id, or `<AROA… role id>:<session name>` for a role session.
 */
export const getCallerIdentity: StsOperation = {
  signed: true,
  run: (_parameters, caller) => ({
    UserId: caller.userId,
    Account: caller.caller.accountId,
    Arn: caller.caller.arn,
  }),
};
