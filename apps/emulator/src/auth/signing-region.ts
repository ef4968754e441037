import { CodeCommitError } from '../protocol/errors.ts';

/**
 * Refuses a signature scoped to a region the emulator does not serve, in AWS's words.
 *
 * @example
 * checkSigningRegion('eu-west-1', { region: 'us-east-1' }); // throws InvalidSignatureException
 */
export function checkSigningRegion(scopeRegion: string, options: { region: string }): void {
  if (scopeRegion !== options.region)
    throw new CodeCommitError(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region, not '${scopeRegion}'. `,
    );
}
