import { readFileSync } from 'node:fs';
import { CodeCommitError } from '../protocol/errors.ts';
import type { Caller } from '../context.ts';

export const managedPolicyNames = [
  'AWSCodeCommitFullAccess',
  'AWSCodeCommitPowerUser',
  'AWSCodeCommitReadOnly',
] as const;
export type ManagedPolicyName = (typeof managedPolicyNames)[number];

/** The actions each AWS managed policy allows (from the CodeCommit User Guide). */
const managedPolicies = JSON.parse(
  readFileSync(new URL('./managed-policies.json', import.meta.url), 'utf8'),
) as Record<ManagedPolicyName, string[]>;

const matchers = new Map<ManagedPolicyName, RegExp[]>(
  managedPolicyNames.map((name) => [name, managedPolicies[name].map((action) => wildcard(action))]),
);

/** IAM action names match case-insensitively, with `*` and `?` wildcards. */
function wildcard(action: string): RegExp {
  const source = action
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

export const isAllowed = (policy: ManagedPolicyName, action: string): boolean =>
  (matchers.get(policy) ?? []).some((matcher) => matcher.test(action));

/** AccessDeniedException in the words AWS uses. */
export function accessDenied(caller: Caller, action: string, resource: string): CodeCommitError {
  return new CodeCommitError(
    'AccessDeniedException',
    `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resource}`,
  );
}
