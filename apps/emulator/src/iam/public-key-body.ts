import { createHash, createPublicKey } from 'node:crypto';
import ssh2 from 'ssh2';

/** IAM's smallest RSA key for SSH (IAM API Reference, UploadSSHPublicKey: "at least 2048 bits"). */
const minimumRsaBits = 2048;

/** An SSH public key as IAM keeps it: the OpenSSH form of its body, and the parsed key. */
export interface PublicKeyBody {
  /** `ssh-rsa AAAA…`, whatever form was uploaded. */
  body: string;
  key: ssh2.ParsedKey;
}

/**
 * Reads the SSHPublicKeyBody of UploadSSHPublicKey as IAM accepts it: an RSA key of at least 2048
 * bits, "encoded in ssh-rsa format or PEM format" (IAM API Reference). PEM keys are turned into
 * their ssh-rsa form, which is what GetSSHPublicKey's SSH encoding answers.
 *
 * @returns the key, or the reason it is refused.
 */
export function readPublicKeyBody(text: string): PublicKeyBody | { refused: string } {
  const trimmed = text.trim();
  const body = trimmed.startsWith('-----BEGIN') ? pemToOpenSsh(trimmed) : trimmed;
  if (body === undefined) return { refused: 'The PEM text is not an RSA public key.' };
  const parsed = ssh2.utils.parseKey(body);
  if (parsed instanceof Error || Array.isArray(parsed) || parsed.isPrivateKey())
    return {
      refused: 'It is not an SSH public key in ssh-rsa format (ssh-rsa AAAA…) or PEM format.',
    };
  if (parsed.type !== 'ssh-rsa')
    return { refused: `IAM accepts RSA keys only (ssh-rsa), not ${parsed.type}.` };
  const bits = createPublicKey(parsed.getPublicPEM()).asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < minimumRsaBits)
    return { refused: `The key has ${bits} bits; IAM needs at least ${minimumRsaBits}.` };
  return { body: `ssh-rsa ${parsed.getPublicSSH().toString('base64')}`, key: parsed };
}

/** The MD5 fingerprint IAM reports for a key, as `ssh-keygen -l -E md5` prints it (without "MD5:"). */
export const fingerprintOf = (key: ssh2.ParsedKey): string =>
  createHash('md5')
    .update(key.getPublicSSH())
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:');

/** An RSA public key in PEM (SPKI or PKCS#1) as `ssh-rsa <base64>`, from its modulus and exponent. */
function pemToOpenSsh(pem: string): string | undefined {
  let jwk: { kty?: string; n?: string; e?: string };
  try {
    jwk = createPublicKey(pem).export({ format: 'jwk' });
  } catch {
    return undefined;
  }
  if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return undefined;
  const field = (bytes: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  // An SSH mpint is positive: a leading byte with its top bit set gets a zero before it.
  const mpint = (base64url: string): Buffer => {
    const bytes = Buffer.from(base64url, 'base64url');
    return field((bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return `ssh-rsa ${blob.toString('base64')}`;
}
