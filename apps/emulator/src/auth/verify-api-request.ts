import type { IncomingMessage } from 'node:http';
import { CodeCommitError } from '../protocol/errors.ts';
import type { Credentials } from './credentials.ts';
import { expectedSignature } from './expected-signature.ts';
import type { Identity } from './identities.ts';
import { checkSigningRegion } from './signing-region.ts';
import {
  algorithm,
  formatAmzDate,
  maxClockSkewMs,
  parseAmzDate,
  sameSignature,
  sha256Hex,
  type Scope,
} from './sigv4.ts';

interface SignedParts {
  accessKeyId: string;
  scope: Scope;
  signedHeaders: string[];
  signature: string;
  timestamp: string;
}

export interface VerifyOptions {
  region: string;
  /** Default codecommit. */
  service?: string;
  credentials: Credentials;
  /** The emulator's clock: signatures more than 15 minutes from it are refused. */
  now?: Date;
}

/**
 * Verifies the SigV4 signature in an API request's Authorization header and returns the
 * identity that signed it. Failures throw the error AWS answers with.
 *
 * The body is hashed here: a client's `X-Amz-Content-Sha256` must equal that hash, and
 * `UNSIGNED-PAYLOAD` is refused, so a signature always covers the body that came with it
 * (AWS General Reference, "Create a signed AWS API request": the payload hash is the hash of the
 * request body; only Amazon S3 accepts an unsigned payload).
 *
 * @example
 * const identity = await verifyApiRequest(req, body, { region, credentials });
 */
export async function verifyApiRequest(
  req: IncomingMessage,
  body: Buffer,
  options: VerifyOptions,
): Promise<Identity> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A JSON-protocol call cannot be presigned (its body and X-Amz-Target do not fit in a URL).
  if (req.headers.authorization === undefined) {
    throw new CodeCommitError(
      'MissingAuthenticationTokenException',
      'Missing Authentication Token',
      403,
    );
  }
  const parts = fromHeader(req);
  const identity = options.credentials.identify(
    parts.accessKeyId,
    headerValue(req, 'x-amz-security-token'),
  );

  const service = options.service ?? 'codecommit';
  checkSigningRegion(parts.scope.region, options);
  if (parts.scope.service !== service)
    invalid(`Credential should be scoped to correct service: '${service}'. `);
  if (!parts.signedHeaders.includes('host'))
    invalid(`'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.`);

  const signedAt = parseAmzDate(parts.timestamp);
  if (!signedAt) invalid(`Date must be in ISO-8601 'basic format'. Got '${parts.timestamp}'.`);
  if (parts.scope.date !== parts.timestamp.slice(0, 8))
    invalid(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${parts.scope.date}' != '${parts.timestamp.slice(0, 8)}', from '${parts.timestamp}'.`,
    );
  checkClock(signedAt, options.now ?? new Date());

  const payloadHash = checkedPayloadHash(req, body);
  const expected = await expectedSignature(
    {
      method: req.method ?? 'POST',
      path: url.pathname,
      query: queryOf(url),
      signedHeaders: Object.fromEntries(
        parts.signedHeaders.map((name) => [name, headerValue(req, name) ?? '']),
      ),
      payloadHash,
      timestamp: parts.timestamp,
      region: parts.scope.region,
      service: parts.scope.service,
    },
    identity.secretAccessKey,
  );
  if (!sameSignature(expected, parts.signature)) {
    invalid(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return identity;
}

/** The body's SHA-256, after checking that the client's `X-Amz-Content-Sha256`, if any, claims the same. */
function checkedPayloadHash(req: IncomingMessage, body: Buffer): string {
  const computed = sha256Hex(body);
  const claimed = headerValue(req, 'x-amz-content-sha256');
  if (claimed === undefined) return computed;
  if (claimed === 'UNSIGNED-PAYLOAD')
    invalid(
      'UNSIGNED-PAYLOAD is accepted by Amazon S3 only: sign the SHA-256 of the request body in X-Amz-Content-Sha256.',
    );
  // Amazon S3's words for the same mismatch (XAmzContentSHA256Mismatch).
  if (claimed.toLowerCase() !== computed)
    invalid(`The provided 'x-amz-content-sha256' header does not match what was computed.`);
  return computed;
}

/** Query parameters as the signer saw them; a name given twice keeps every value. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const earlier = query[name];
    query[name] =
      earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return query;
}

function fromHeader(req: IncomingMessage): SignedParts {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith(`${algorithm} `)) {
    throw new CodeCommitError(
      'IncompleteSignatureException',
      `Authorization header requires the ${algorithm} algorithm (Signature Version 4).`,
    );
  }
  const fields = new Map<string, string>();
  for (const field of header.slice(algorithm.length + 1).split(',')) {
    const [name, ...value] = field.trim().split('=');
    if (name) fields.set(name, value.join('='));
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
  const timestamp = headerValue(req, 'x-amz-date') ?? headerValue(req, 'date');
  if (missing.length > 0 || timestamp === undefined) {
    const problems = missing.map((name) => `Authorization header requires '${name}' parameter.`);
    if (timestamp === undefined)
      problems.push(
        `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`,
      );
    throw new CodeCommitError(
      'IncompleteSignatureException',
      `${problems.join(' ')} Authorization=${header}`,
    );
  }
  return {
    ...credential(fields.get('Credential') ?? ''),
    signedHeaders: (fields.get('SignedHeaders') ?? '').split(';'),
    signature: fields.get('Signature') ?? '',
    timestamp: timestamp.includes('T') ? timestamp : httpDate(timestamp),
  };
}

function credential(value: string): { accessKeyId: string; scope: Scope } {
  const [accessKeyId = '', date = '', region = '', service = '', terminator] = value.split('/');
  if (terminator !== 'aws4_request') {
    throw new CodeCommitError(
      'IncompleteSignatureException',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${value}'`,
    );
  }
  return { accessKeyId, scope: { date, region, service } };
}

function checkClock(signedAt: Date, now: Date): void {
  const stamp = () => formatAmzDate(signedAt);
  if (signedAt.getTime() < now.getTime() - maxClockSkewMs) {
    invalid(
      `Signature expired: ${stamp()} is now earlier than ${formatAmzDate(new Date(now.getTime() - maxClockSkewMs))} (${formatAmzDate(now)} - 15 min.)`,
    );
  }
  if (signedAt.getTime() > now.getTime() + maxClockSkewMs) {
    invalid(
      `Signature not yet current: ${stamp()} is still later than ${formatAmzDate(new Date(now.getTime() + maxClockSkewMs))} (${formatAmzDate(now)} + 15 min.)`,
    );
  }
}

/** Each request's headers as SigV4 reads them, gathered once: signing looks up several. */
const signedHeaderValues = new WeakMap<IncomingMessage, Map<string, string>>();

/** Every value of a header as sent, joined with commas, whitespace trimmed and collapsed. */
function headerValue(req: IncomingMessage, name: string): string | undefined {
  let values = signedHeaderValues.get(req);
  if (!values) {
    values = new Map();
    for (let index = 0; index + 1 < req.rawHeaders.length; index += 2) {
      const key = req.rawHeaders[index]!.toLowerCase();
      const value = req.rawHeaders[index + 1]!.trim().replace(/\s+/g, ' ');
      const earlier = values.get(key);
      values.set(key, earlier === undefined ? value : `${earlier},${value}`);
    }
    signedHeaderValues.set(req, values);
  }
  return values.get(name);
}

function invalid(message: string): never {
  throw new CodeCommitError('InvalidSignatureException', message);
}

/** A `Date: Tue, 01 Jan 2030 00:00:00 GMT` header, as an ISO-8601 basic timestamp. */
function httpDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatAmzDate(date);
}
