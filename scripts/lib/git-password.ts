import { createHash, createHmac } from 'node:crypto';

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/**
 * The HTTPS password CodeCommit accepts for `git`: what `aws codecommit credential-helper`
 * computes. SigV4 (service `codecommit`) over the canonical request
 * `GIT\n<path>\n\nhost:<host without port>\n\nhost\n`, sent as `<YYYYMMDDTHHMMSS>Z<signature>`.
 *
 * @example
 * const password = gitPassword({ url: repository.cloneUrlHttp, region: 'us-east-1', secretAccessKey, accessKeyId });
 */
export function gitPassword(options: {
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  now?: Date;
}): string {
  const { url, region, secretAccessKey, now = new Date() } = options;
  const { hostname, pathname } = new URL(url);
  const timestamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const date = timestamp.slice(0, 8);
  const canonicalRequest = `GIT\n${pathname}\n\nhost:${hostname}\n\nhost\n`;
  const scope = `${date}/${region}/codecommit/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    timestamp,
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  let key = hmac(`AWS4${secretAccessKey}`, date);
  for (const part of [region, 'codecommit', 'aws4_request']) key = hmac(key, part);
  return `${timestamp}Z${createHmac('sha256', key).update(stringToSign).digest('hex')}`;
}

/** The clone URL with the access key id and a fresh password in it, for one git command. */
export function authenticatedUrl(options: Parameters<typeof gitPassword>[0]): string {
  const url = new URL(options.url);
  url.username = encodeURIComponent(options.accessKeyId);
  url.password = encodeURIComponent(gitPassword(options));
  return url.toString();
}
