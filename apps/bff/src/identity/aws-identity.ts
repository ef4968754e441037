import type { ConsoleUser } from '../config/console-users.ts';
import type { Person } from '../sign-in/person.ts';
import { roleSessionName } from '../sign-in/person.ts';
import type { IdentityRule } from '../sign-in/settings.ts';

/** The AWS identity the BFF uses for one person's CodeCommit calls. */
export type AwsIdentity =
  | { kind: 'profile'; profile: string }
  | { kind: 'assumeRole'; roleArn: string; roleSessionName: string; sourceIdentity: string }
  | { kind: 'webIdentity'; roleArn: string; roleSessionName: string }
  | { kind: 'defaultCredentials' };

function fits(rule: IdentityRule, person: Person): boolean {
  const { groups, emails, emailDomains, localAccounts } = rule.match;
  const email = person.email?.toLowerCase();
  if (groups && !groups.some((group) => person.groups?.includes(group))) return false;
  if (emails && !emails.some((candidate) => candidate.toLowerCase() === email)) return false;
  if (emailDomains && !emailDomains.some((domain) => email?.endsWith(`@${domain.toLowerCase()}`)))
    return false;
  if (localAccounts && !(person.via === 'local' && localAccounts.includes(person.name)))
    return false;
  return true;
}

/** The first rule that fits the person decides; undefined when none does (no way in). */
export function chooseIdentity(
  rules: readonly IdentityRule[],
  person: Person,
): AwsIdentity | undefined {
  const rule = rules.find((candidate) => fits(candidate, person));
  if (!rule) return undefined;
  const sessionName = roleSessionName(person);
  if (rule.assumeRoleWithWebIdentity) {
    // Only a person signed in through the identity provider has an ID token to present.
    if (person.via !== 'oidc') return undefined;
    return {
      kind: 'webIdentity',
      roleArn: rule.assumeRoleWithWebIdentity,
      roleSessionName: sessionName,
    };
  }
  if (rule.assumeRole)
    return {
      kind: 'assumeRole',
      roleArn: rule.assumeRole,
      roleSessionName: sessionName,
      sourceIdentity: sessionName,
    };
  if (rule.profile) return { kind: 'profile', profile: rule.profile };
  return { kind: 'defaultCredentials' };
}

/** A demo user's fixed identity. */
export function demoIdentity(user: ConsoleUser): AwsIdentity {
  if (user.profile) return { kind: 'profile', profile: user.profile };
  if (user.roleArn)
    return {
      kind: 'assumeRole',
      roleArn: user.roleArn,
      roleSessionName: user.userName,
      sourceIdentity: user.userName,
    };
  return { kind: 'defaultCredentials' };
}
