import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The pieces of AWS Signature Version 4 the emulator checks requests with: the derived signing
 * key, the string to sign and a constant-time comparison.
 */

export const algorithm = 'AWS4-HMAC-SHA256';

export const sha256Hex = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex');

const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

export interface Scope {
  /** YYYYMMDD */
  date: string;
  region: string;
  service: string;
}

export const scopeString = (scope: Scope): string =>
  `${scope.date}/${scope.region}/${scope.service}/aws4_request`;

/** Derived keys by secret and scope: they change once a day, and deriving one is four HMACs. */
const signingKeys = new Map<string, Buffer>();

export function signingKey(secretAccessKey: string, scope: Scope): Buffer {
  const key = `${secretAccessKey}\0${scopeString(scope)}`;
  const kept = signingKeys.get(key);
  if (kept) return kept;
  const dateKey = hmac(`AWS4${secretAccessKey}`, scope.date);
  const derived = hmac(hmac(hmac(dateKey, scope.region), scope.service), 'aws4_request');
  // The secret is a known user's and the date within the clock window: the keys are few.
  if (signingKeys.size >= 1_000) signingKeys.clear();
  signingKeys.set(key, derived);
  return derived;
}

/** `timestamp` is the request time as signed: YYYYMMDDTHHMMSSZ for API calls, without the Z for git. */
export const stringToSign = (timestamp: string, scope: Scope, canonicalRequest: string): string =>
  [algorithm, timestamp, scopeString(scope), sha256Hex(canonicalRequest)].join('\n');

export const signature = (secretAccessKey: string, scope: Scope, toSign: string): string =>
  createHmac('sha256', signingKey(secretAccessKey, scope)).update(toSign, 'utf8').digest('hex');

export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Parses 20240131T235959Z (or without the Z) as UTC. */
export function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export const formatAmzDate = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Requests signed more than this far from the emulator's clock are refused, as AWS does. */
export const maxClockSkewMs = 15 * 60 * 1000;
