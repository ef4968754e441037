import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { codeCommitProbe } from '../../gateway/reachability.ts';
import { demoIdentity, type AwsIdentity } from '../../identity/aws-identity.ts';
import type { SignInSettings } from '../../sign-in/settings.ts';
import type { ReadinessCheck } from './readiness.ts';

/**
 * The AWS identity the console holds itself, for asking CodeCommit whether it is reachable:
 * the first that is not a person's own ID token. None when every person assumes a role with
 * their ID token (the console then needs no AWS credentials at all).
 */
export function consoleIdentity(signIn: SignInSettings): AwsIdentity | undefined {
  const demoUser = signIn.demoUsers?.[0];
  if (demoUser) return demoIdentity(demoUser);
  for (const rule of signIn.identities) {
    if (rule.profile) return { kind: 'profile', profile: rule.profile };
    // AssumeRole is called with the console's own credentials: the default chain.
    if (rule.assumeRole || rule.defaultCredentials) return { kind: 'defaultCredentials' };
  }
  return undefined;
}

/** The settings were checked at start; what can break later is the web app's build going away. */
export function configurationCheck(staticDir: string | undefined): ReadinessCheck {
  return {
    name: 'configuration',
    async check() {
      if (!staticDir) return 'valid';
      try {
        await access(join(staticDir, 'index.html'));
      } catch {
        throw new Error(`STATIC_DIR: ${staticDir} has no index.html (is the web app built?)`);
      }
      return 'valid';
    },
  };
}

/** CodeCommit answers, and accepts the console's own credentials (see `codeCommitProbe`). */
export function codeCommitCheck(signIn: SignInSettings): ReadinessCheck {
  return { name: 'codecommit', check: codeCommitProbe(consoleIdentity(signIn)) };
}
