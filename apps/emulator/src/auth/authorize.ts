import type { Identity } from './identities.ts';
import { accessDenied, isAllowed } from './policies.ts';

/** Throws AccessDeniedException unless the identity's policy allows `codecommit:<action>`. */
export function authorize(identity: Identity, action: string, resource: string): void {
  const qualified = `codecommit:${action}`;
  if (!isAllowedOn(identity, qualified, resource))
    throw accessDenied(identity.caller, qualified, resource);
}

/**
 * The identity's managed policy allows `action` (`codecommit:…`) on `resource`. A user limited
 * to some repositories is allowed nothing on the others, as an IAM policy whose `Resource` lists
 * repository ARNs (IAM User Guide, "IAM JSON policy elements: Resource"); actions on no
 * repository (`*`) are left to the policy.
 */
export function isAllowedOn(identity: Identity, action: string, resource: string): boolean {
  if (!isAllowed(identity.policy, action)) return false;
  if (!identity.repositories || resource === '*') return true;
  const repositoryName = resource.split(':').at(-1) ?? '';
  return identity.repositories.includes(repositoryName);
}

/** The resource an API call acts on, as IAM names it: the repository's ARN when the input names one. */
export function resourceOf(
  input: Record<string, unknown>,
  repositoryArn: (name: string) => string,
): string {
  if (typeof input.resourceArn === 'string') return input.resourceArn;
  for (const member of ['repositoryName', 'oldName']) {
    const value = input[member];
    if (typeof value === 'string' && value !== '') return repositoryArn(value);
  }
  return '*';
}
