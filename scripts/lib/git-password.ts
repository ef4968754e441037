import { gitCredentials } from '@cc/bff';

/**
 * The clone URL with the access key id and a fresh password in it, for one git command: the
 * same credentials the AWS CLI credential helper gives git (see the BFF's `gitCredentials`).
 *
 * @example
 * const pushUrl = authenticatedUrl({ url: repository.cloneUrlHttp, region: 'us-east-1', accessKeyId, secretAccessKey });
 */
export function authenticatedUrl(options: {
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  now?: Date;
}): string {
  const url = new URL(options.url);
  const { username, password } = gitCredentials(url, options.region, options, options.now);
  url.username = encodeURIComponent(username);
  url.password = encodeURIComponent(password);
  return url.toString();
}
