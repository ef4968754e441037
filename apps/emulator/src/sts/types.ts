import type { Credentials } from '../auth/credentials.ts';
import type { Identity } from '../auth/identities.ts';
import type { Role } from '../auth/roles.ts';
import type { SessionTokens } from '../auth/session-token.ts';
import type { WebIdentityVerifier } from './web-identity.ts';
import type { XmlValue } from '../query/xml.ts';

export interface StsDependencies {
  region: string;
  accountId: string;
  credentials: Credentials;
  roles: Map<string, Role>;
  tokens: SessionTokens;
  webIdentity: WebIdentityVerifier;
  clock: () => Date;
}

/** One STS action: signed ones get the verified caller; AssumeRoleWithWebIdentity is called without AWS credentials. */
export type StsOperation =
  | {
      signed: true;
      run(
        parameters: URLSearchParams,
        caller: Identity,
        deps: StsDependencies,
      ): Promise<Record<string, XmlValue>> | Record<string, XmlValue>;
    }
  | {
      signed: false;
      run(
        parameters: URLSearchParams,
        deps: StsDependencies,
      ): Promise<Record<string, XmlValue>> | Record<string, XmlValue>;
    };
