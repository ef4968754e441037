import type { IncomingMessage } from 'node:http';
import type { Credentials } from '../auth/credentials.ts';
import type { Identity } from '../auth/identities.ts';
import {
  maxClockSkewMs,
  parseAmzDate,
  sameSignature,
  signature,
  stringToSign,
} from '../auth/sigv4.ts';

/**
 * Checks the HTTP Basic credentials that `aws codecommit credential-helper` gives git:
 * username = access key id (`%` + session token when there is one), password =
 * `<YYYYMMDDTHHMMSS>Z<signature>`, the signature being SigV4 (service codecommit) over the
 * canonical request `GIT\n<path>\n\nhost:<host>\n\nhost\n`. The helper signs the host without
 * its port; a host with its port is accepted too, for clients that keep it. A session token
 * after the `%` is checked as on an API call: temporary keys need theirs, and a long-term key
 * with a token that is not valid is refused.
 *
 * @returns the identity, or undefined when the credentials are missing, unknown, expired, stale
 * or wrong.
 */
export function authenticateGit(
  req: IncomingMessage,
  options: {
    repositoryPath: string;
    region: string;
    credentials: Credentials;
    now?: Date;
  },
): Identity | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  const userName = decoded.slice(0, separator);
  const percent = userName.indexOf('%');
  const accessKeyId = percent < 0 ? userName : userName.slice(0, percent);
  const sessionToken = percent < 0 ? undefined : userName.slice(percent + 1);
  const password = decoded.slice(separator + 1);
  const match = /^(\d{8}T\d{6})Z([0-9a-f]{64})$/.exec(password);
  if (!match) return undefined;
  let identity: Identity;
  try {
    identity = options.credentials.identify(accessKeyId, sessionToken);
  } catch {
    return undefined;
  }
  const [, timestamp = '', given = ''] = match;

  const signedAt = parseAmzDate(timestamp);
  const now = (options.now ?? new Date()).getTime();
  if (!signedAt || Math.abs(now - signedAt.getTime()) > maxClockSkewMs) return undefined;

  const scope = { date: timestamp.slice(0, 8), region: options.region, service: 'codecommit' };
  const host = req.headers.host ?? '';
  const hosts = new Set([host.replace(/:\d+$/, ''), host]);
  for (const candidate of hosts) {
    const canonical = `GIT\n${options.repositoryPath}\n\nhost:${candidate}\n\nhost\n`;
    const expected = signature(
      identity.secretAccessKey,
      scope,
      stringToSign(timestamp, scope, canonical),
    );
    if (sameSignature(expected, given)) return identity;
  }
  return undefined;
}
