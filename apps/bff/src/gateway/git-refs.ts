import { createHash, createHmac } from 'node:crypto';
import type { Branch, GitTag } from '@cc/shared/branches';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';
import { cloneUrlKey, getRepository } from './repositories.ts';

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) =>
  createHmac('sha256', key).update(text).digest();

/**
 * The user name and password git sends to CodeCommit, as the AWS CLI's credential helper
 * makes them: the access key (with `%` and the session token when there is one), and
 * `<timestamp>Z<SigV4 signature>` over the canonical request `GIT <path>` for the host
 * without its port, service `codecommit`.
 */
export function gitCredentials(
  url: URL,
  region: string,
  credentials: Credentials,
  now = new Date(),
): { username: string; password: string } {
  const timestamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const day = timestamp.slice(0, 8);
  const canonicalRequest = `GIT\n${url.pathname}\n\nhost:${url.hostname}\n\nhost\n`;
  const scope = `${day}/${region}/codecommit/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256(canonicalRequest)}`;
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [region, 'codecommit', 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  const username = credentials.sessionToken
    ? `${credentials.accessKeyId}%${credentials.sessionToken}`
    : credentials.accessKeyId;
  return { username, password: `${timestamp}Z${signature}` };
}

/** Ref names and ids from git's smart HTTP advertisement (pkt-lines). */
export function parseAdvertisement(body: Buffer): Map<string, string> {
  const refs = new Map<string, string>();
  let offset = 0;
  while (offset + 4 <= body.length) {
    const length = Number.parseInt(body.toString('latin1', offset, offset + 4), 16);
    if (Number.isNaN(length)) break;
    if (length < 4) {
      offset += 4;
      continue;
    }
    const line = body.toString('utf8', offset + 4, offset + length).replace(/\n$/, '');
    offset += length;
    const match = /^([0-9a-f]{40}) ([^\0]+)/.exec(line);
    if (match?.[1] && match[2]) refs.set(match[2], match[1]);
  }
  return refs;
}

/** Tags from a ref advertisement; an annotated tag's `^{}` line gives the commit it points at. */
export function tagsFromRefs(refs: Map<string, string>): GitTag[] {
  const tags: GitTag[] = [];
  for (const [ref, objectId] of refs) {
    if (!ref.startsWith('refs/tags/') || ref.endsWith('^{}')) continue;
    tags.push({
      tagName: ref.slice('refs/tags/'.length),
      objectId,
      commitId: refs.get(`${ref}^{}`) ?? objectId,
    });
  }
  return tags.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * Every ref of a repository and the commit or tag object it names, in one request: git's
 * `info/refs` advertisement, signed as the credential helper signs it (the API has no list of
 * tags, and ListBranches gives names only). The clone URL comes from GetRepository, kept for as
 * long as the name lasts: CodeCommit derives it from the region and the name alone.
 */
export async function readRefAdvertisement(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Map<string, string>> {
  const cloneUrl = await codeCommit.cache.getOrLoad(cloneUrlKey(repositoryName), async () => {
    const url = (await getRepository(codeCommit, repositoryName)).cloneUrlHttp;
    if (!url)
      throw new GatewayError(502, `CodeCommit gave no HTTPS clone URL for ${repositoryName}`);
    return url;
  });
  const url = new URL(cloneUrl);
  const body = await codeCommit.call(async (client) => {
    const [credentials, region] = await Promise.all([
      client.config.credentials(),
      client.config.region(),
    ]);
    const { username, password } = gitCredentials(url, region, credentials);
    const response = await fetch(`${cloneUrl}/info/refs?service=git-upload-pack`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
        'User-Agent': 'git/2.39.5',
      },
    });
    if (!response.ok) {
      const status =
        response.status === 401 || response.status === 403
          ? 403
          : response.status === 404
            ? 404
            : 502;
      const detail = (await response.text()).trim().slice(0, 300);
      throw new GatewayError(
        status,
        `Git refused to list the refs of ${repositoryName} (HTTP ${response.status})${detail ? `: ${detail}` : ''}`,
      );
    }
    return Buffer.from(await response.arrayBuffer());
  });
  return parseAdvertisement(body);
}

/** Branches from a ref advertisement, by name. */
export function branchesFromRefs(refs: Map<string, string>): Branch[] {
  const branches: Branch[] = [];
  for (const [ref, commitId] of refs) {
    if (ref.startsWith('refs/heads/'))
      branches.push({ branchName: ref.slice('refs/heads/'.length), commitId });
  }
  return branches.sort((a, b) => a.branchName.localeCompare(b.branchName));
}
