import type { StsOperation } from '../types.ts';
import { assumeRole } from './assume-role.ts';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts';
import { getCallerIdentity } from './get-caller-identity.ts';

/** The STS actions the emulator answers, by Action name. */
export const stsOperations: Record<string, StsOperation> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
};
