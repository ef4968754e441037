import type { IncomingMessage } from 'node:http';
import type { Credentials } from '../auth/credentials.ts';
import type { Identity } from '../auth/identities.ts';
import { partitionRegions } from '../regions/partition-regions.ts';
import { authenticateGit } from './authenticate.ts';

/**
 * Checks git's credentials against every region of the partition. The password names no region,
 * and the signer picks one its own way: the AWS CLI credential helper takes it from an AWS host
 * name and otherwise from the profile (`awscli/customizations/codecommit.py`, `_extract_region`),
 * git-remote-codecommit from the `codecommit::<region>://` URL. `likelyRegion` is tried first.
 *
 * @returns the identity and the region the signature is scoped to, or undefined.
 * @example
 * const signed = authenticateGitInAnyRegion(req, { repositoryPath, likelyRegion: 'us-east-1', identities });
 */
export function authenticateGitInAnyRegion(
  req: IncomingMessage,
  options: {
    repositoryPath: string;
    likelyRegion: string;
    credentials: Credentials;
    now?: Date;
  },
): { identity: Identity; region: string } | undefined {
  for (const region of new Set([options.likelyRegion, ...partitionRegions])) {
    const identity = authenticateGit(req, {
      repositoryPath: options.repositoryPath,
      region,
      credentials: options.credentials,
      ...(options.now ? { now: options.now } : {}),
    });
    if (identity) return { identity, region };
  }
  return undefined;
}
