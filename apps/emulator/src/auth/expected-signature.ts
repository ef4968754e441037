import { Sha256 } from '@smithy/core/checksum';
import {
  ALGORITHM_IDENTIFIER,
  createScope,
  getCanonicalHeaders,
  getSigningKey,
  SignatureV4Base,
} from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';

/** A request as it was signed: the raw path and query, and only the headers the signer listed. */
export interface SignedRequest {
  method: string;
  /** The path as sent, still percent-encoded. */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names of the signed headers to their values as sent (several joined with commas). */
  signedHeaders: Record<string, string>;
  /** The SHA-256 of the body, computed by the emulator (never the client's claim). */
  payloadHash: string;
  /** YYYYMMDDTHHMMSSZ, as signed. */
  timestamp: string;
  region: string;
  service: string;
}

/**
 * The AWS SDK's own canonicalization (path, query, headers) and key derivation, driven with what
 * the client said it signed: the SDK's `SignatureV4.sign` would choose the headers and the date
 * itself, so the verifier calls the same pieces with the client's choices instead.
 */
class SignatureCheck extends SignatureV4Base {
  constructor() {
    // Credentials and region come with each request; these satisfy the base class only.
    super({ service: 'codecommit', region: 'us-east-1', credentials: unused, sha256: Sha256 });
  }

  async signatureOf(request: SignedRequest, secretAccessKey: string): Promise<string> {
    const httpRequest: HttpRequest = {
      method: request.method,
      protocol: 'http:',
      hostname: request.signedHeaders.host ?? '',
      path: request.path,
      query: request.query,
      headers: request.signedHeaders,
    };
    const names = new Set(Object.keys(request.signedHeaders));
    // Listing every signed header as signable keeps headers the SDK never signs (user-agent, …)
    // when a client did sign them.
    const canonicalHeaders = getCanonicalHeaders(httpRequest, undefined, names);
    const canonicalRequest = this.createCanonicalRequest(
      httpRequest,
      canonicalHeaders,
      request.payloadHash,
    );
    const shortDate = request.timestamp.slice(0, 8);
    const scope = createScope(shortDate, request.region, request.service);
    const stringToSign = await this.createStringToSign(
      request.timestamp,
      scope,
      canonicalRequest,
      ALGORITHM_IDENTIFIER,
    );
    const key = await getSigningKey(
      Sha256,
      { accessKeyId: 'emulator', secretAccessKey },
      shortDate,
      request.region,
      request.service,
    );
    const hmac = new Sha256(key);
    hmac.update(Buffer.from(stringToSign, 'utf8'));
    return Buffer.from(await hmac.digest()).toString('hex');
  }
}

const unused = { accessKeyId: '', secretAccessKey: '' };
const check = new SignatureCheck();

/**
 * The SigV4 signature (AWS4-HMAC-SHA256) a client holding `secretAccessKey` would have sent.
 *
 * @example
 * const expected = await expectedSignature(signedRequest, identity.secretAccessKey);
 */
export const expectedSignature = (
  request: SignedRequest,
  secretAccessKey: string,
): Promise<string> => check.signatureOf(request, secretAccessKey);
