import type { IncomingMessage } from 'node:http';
import { CodeCommitError } from '../protocol/errors.ts';
import type { Identity } from './identities.ts';
import {
  algorithm,
  formatAmzDate,
  maxClockSkewMs,
  parseAmzDate,
  sameSignature,
  sha256Hex,
  signature,
  stringToSign,
  type Scope,
} from './sigv4.ts';

interface SignedParts {
  accessKeyId: string;
  scope: Scope;
  signedHeaders: string[];
  signature: string;
  timestamp: string;
}

/**
 * Verifies the SigV4 signature in an API request's Authorization header and returns the
 * identity that signed it. Failures throw the error AWS answers with.
 *
 * @example
 * const identity = verifyApiRequest(req, body, { region, identities });
 */
export function verifyApiRequest(
  req: IncomingMessage,
  body: Buffer,
  options: { region: string; service?: string; identities: Map<string, Identity>; now?: Date },
): Identity {
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
  const identity = options.identities.get(parts.accessKeyId);
  if (!identity)
    throw new CodeCommitError(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );

  const service = options.service ?? 'codecommit';
  if (parts.scope.region !== options.region)
    invalid(`Credential should be scoped to a valid region, not '${parts.scope.region}'. `);
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

  const canonical = canonicalRequest(req, url, parts, body);
  const expected = signature(
    identity.secretAccessKey,
    parts.scope,
    stringToSign(parts.timestamp, parts.scope, canonical),
  );
  if (!sameSignature(expected, parts.signature)) {
    invalid(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return identity;
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

function canonicalRequest(
  req: IncomingMessage,
  url: URL,
  parts: SignedParts,
  body: Buffer,
): string {
  const headers = parts.signedHeaders
    .map((name) => `${name}:${headerValue(req, name) ?? ''}\n`)
    .join('');
  const payloadHash = headerValue(req, 'x-amz-content-sha256') ?? sha256Hex(body);
  return [
    req.method ?? 'POST',
    canonicalPath(url.pathname),
    canonicalQuery(url),
    headers,
    parts.signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
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

/** Services other than S3 sign the path with each segment URI-encoded once more. */
function canonicalPath(pathname: string): string {
  const segments: string[] = [];
  for (const segment of pathname.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  const encoded = segments.map((segment) => encode(segment)).join('/');
  return `/${encoded}${pathname.endsWith('/') && encoded ? '/' : ''}`;
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams.entries()]
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const encode = (value: string): string =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

function invalid(message: string): never {
  throw new CodeCommitError('InvalidSignatureException', message);
}

/** A `Date: Tue, 01 Jan 2030 00:00:00 GMT` header, as an ISO-8601 basic timestamp. */
function httpDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatAmzDate(date);
}
