// @peculiar/x509 resolves its ASN.1 parsers through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import path from 'node:path';

/** PEM text of a server certificate (with its chain), its private key, and the CA that signed it. */
export interface ServerCertificate {
  cert: string;
  key: string;
  /** The CA file clients trust: AWS_CA_BUNDLE for the AWS CLI and SDKs, GIT_SSL_CAINFO for git. */
  caFile: string;
}

const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const day = 24 * 60 * 60 * 1000;

/** Names the server certificate is valid for: what a client on this machine dials. */
const localNames: x509.JsonGeneralName[] = [
  { type: 'dns', value: 'localhost' },
  { type: 'ip', value: '127.0.0.1' },
  { type: 'ip', value: '::1' },
];

/**
 * The emulator's TLS certificate: the one in `<dataDir>/tls` when there is one, else a new local
 * certificate authority and a certificate for localhost and 127.0.0.1 signed by it, written there
 * once. The CA carries the extensions strict verifiers ask for (Python 3.13's X509_STRICT, which
 * the AWS CLI inherits): basic constraints and key usage marked critical, key identifiers.
 *
 * @example
 * const { cert, key, caFile } = await localServerCertificate('.data/emulator');
 * https.createServer({ cert, key }, handler);
 */
export async function localServerCertificate(dataDir: string): Promise<ServerCertificate> {
  const folder = path.join(dataDir, 'tls');
  const files = {
    caFile: path.join(folder, 'ca.pem'),
    cert: path.join(folder, 'server.pem'),
    key: path.join(folder, 'server-key.pem'),
  };
  if (!existsSync(files.caFile) || !existsSync(files.cert) || !existsSync(files.key)) {
    mkdirSync(folder, { recursive: true });
    const made = await makeCertificates();
    writeFileSync(files.key, made.key, { mode: 0o600 });
    writeFileSync(files.cert, made.cert);
    writeFileSync(files.caFile, made.ca);
  }
  return {
    cert: readFileSync(files.cert, 'utf8'),
    key: readFileSync(files.key, 'utf8'),
    caFile: files.caFile,
  };
}

async function makeCertificates(): Promise<{ ca: string; cert: string; key: string }> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const { subtle } = webcrypto;
  const notBefore = new Date(Date.now() - day);
  const caKeys = await subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: 'CN=CodeCommit emulator local CA',
    notBefore,
    notAfter: new Date(notBefore.getTime() + 3650 * day),
    signingAlgorithm: algorithm,
    keys: caKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serverKeys = await subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const server = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=localhost',
    issuer: ca.subject,
    notBefore,
    // Within the 398 days that browsers and Apple's verifiers accept for a server certificate.
    notAfter: new Date(notBefore.getTime() + 397 * day),
    signingAlgorithm: algorithm,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(localNames),
      await x509.SubjectKeyIdentifierExtension.create(serverKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const pkcs8 = await subtle.exportKey('pkcs8', serverKeys.privateKey);
  return {
    ca: ca.toString('pem') + '\n',
    // The chain ends at the CA, which clients hold; the server sends only its own certificate.
    cert: server.toString('pem') + '\n',
    key: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') + '\n',
  };
}

/** A positive random serial number, as RFC 5280 asks (at most 20 octets, no sign bit). */
const serial = (): string => {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
};
