import type { RoleConfig } from './users.ts';
import { uniqueId } from './unique-id.ts';

/** A role of emulator.json with the names IAM gives it. */
export interface Role extends RoleConfig {
  accountId: string;
  arn: string;
  /** AROA…: the first half of an assumed role's `aws:userid`. */
  roleId: string;
}

export const roleArn = (accountId: string, roleName: string): string =>
  `arn:aws:iam::${accountId}:role/${roleName}`;

export const assumedRoleArn = (accountId: string, roleName: string, sessionName: string): string =>
  `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;

/** Role name to role. */
export function indexRoles(roles: RoleConfig[], accountId: string): Map<string, Role> {
  return new Map(
    roles.map((role) => [
      role.roleName,
      {
        ...role,
        accountId,
        arn: roleArn(accountId, role.roleName),
        roleId: uniqueId('AROA', accountId, role.roleName),
      },
    ]),
  );
}
