import type { Identity } from './identities.ts';
import { accessDenied, isAllowed } from './policies.ts';

/** Throws AccessDeniedException unless the identity's policy allows `codecommit:<action>`. */
export function authorize(identity: Identity, action: string, resource: string): void {
  const qualified = `codecommit:${action}`;
  if (!isAllowed(identity.policy, qualified))
    throw accessDenied(identity.caller, qualified, resource);
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
