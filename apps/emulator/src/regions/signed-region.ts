import type { IncomingMessage } from 'node:http';
import { isPartitionRegion } from './partition-regions.ts';

/**
 * The region a SigV4-signed request is scoped to (the third part of its credential scope, in the
 * Authorization header or the X-Amz-Credential query parameter), when that is a region of the
 * partition; otherwise `fallback`, so that the signature check refuses the scope with AWS's
 * "Credential should be scoped to a valid region" message. On AWS the endpoint's host names the
 * region; the emulator serves every region on one host, so the scope is what names it.
 *
 * @example
 * const region = signedRegion(req, 'us-east-1');
 */
export const signedRegion = (req: IncomingMessage, fallback: string): string => {
  const header = String(req.headers.authorization ?? '');
  const credential =
    /Credential=([^,\s]+)/.exec(header)?.[1] ??
    new URL(req.url ?? '/', 'http://emulator').searchParams.get('X-Amz-Credential') ??
    '';
  const region = credential.split('/')[2] ?? '';
  return isPartitionRegion(region) ? region : fallback;
};
