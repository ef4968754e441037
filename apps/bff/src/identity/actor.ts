import type { AwsIdentity } from './aws-identity.ts';

/** Who STS says the person is (GetCallerIdentity), asked once at sign-in. */
export interface Caller {
  /** e.g. arn:aws:sts::123456789012:assumed-role/CodeCommitDeveloper/alice */
  arn: string;
  accountId: string;
  region: string;
}

/** One person acting through one AWS identity: what the gateway needs to make their clients. */
export interface Actor {
  /** Scopes clients and cached answers: people never share an SDK client. */
  key: string;
  /** The person's name, as the console shows it. */
  name: string;
  identity: AwsIdentity;
  caller: Caller;
  /** The region the person's client calls, when not the caller's own (CODECOMMIT_REGIONS). */
  region?: string;
  /** The person's current ID token, for AssumeRoleWithWebIdentity (refreshed when it can be). */
  webIdentityToken?: () => Promise<string>;
}
