import { CodeCommitClient, GetBranchCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsckFailures } from './git-support.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let work: string;
let httpsUrl: string;
let caFile: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  httpsUrl = emulator.httpsUrl ?? '';
  caFile = emulator.caFile ?? '';
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-https-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

/** The AWS CLI against the HTTPS endpoint, trusting the emulator's CA as a user would. */
const aws = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run('aws', ['codecommit', ...args, '--endpoint-url', httpsUrl, '--output', 'json'], {
    env: { ...emulator.awsEnv('admin'), AWS_CA_BUNDLE: caFile, ...env },
  });

const git = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = await run('git', args, {
    cwd: work,
    env: { ...emulator.awsEnv('developer'), GIT_SSL_CAINFO: caFile, ...env },
  });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
};

describe('HTTPS', () => {
  it('writes a CA into the data folder and serves a certificate it signed', async () => {
    expect(caFile).toBe(path.join(emulator.dataDir, 'tls', 'ca.pem'));
    expect(await readFile(caFile, 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
    expect(httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    // Without the CA the certificate is not trusted: the check is real.
    const untrusted = await run(
      'aws',
      ['codecommit', 'list-repositories', '--endpoint-url', httpsUrl],
      { env: { ...emulator.awsEnv('admin'), AWS_MAX_ATTEMPTS: '1' } },
    );
    expect(untrusted.code).not.toBe(0);
    expect(untrusted.stderr).toMatch(/SSL|certificate/i);
  });

  it('serves the AWS CLI with AWS_CA_BUNDLE, in a second region too', async () => {
    const created = await aws(['create-repository', '--repository-name', 'secure']);
    expect(created.code).toBe(0);
    const metadata = (JSON.parse(created.stdout) as { repositoryMetadata: Record<string, string> })
      .repositoryMetadata;
    expect(metadata.cloneUrlHttp).toBe(`${httpsUrl}/v1/repos/secure`);
    const inFrankfurt = await aws([
      'create-repository',
      '--repository-name',
      'secure',
      '--region',
      'eu-central-1',
    ]);
    expect(inFrankfurt.code).toBe(0);
    expect(inFrankfurt.stdout).toContain(`${httpsUrl}/eu-central-1/v1/repos/secure`);
  });

  it('clones and pushes over https through the AWS CLI credential helper with GIT_SSL_CAINFO', async () => {
    await git(['clone', `${httpsUrl}/v1/repos/secure`, 'secure']);
    const checkout = path.join(work, 'secure');
    await writeFile(path.join(checkout, 'README.md'), '# Over TLS\n');
    await git(['-C', checkout, 'add', 'README.md']);
    await git(['-C', checkout, 'commit', '-m', 'First commit over https']);
    await git(['-C', checkout, 'push', 'origin', 'HEAD:main']);
    const head = await git(['-C', checkout, 'rev-parse', 'HEAD']);

    const { accessKeyId, secretAccessKey } = emulator.user('reader');
    // The SDK for JavaScript over https too, trusting the same CA through its HTTP agent.
    const client = new CodeCommitClient({
      endpoint: httpsUrl,
      region: 'us-east-1',
      credentials: { accessKeyId, secretAccessKey },
      maxAttempts: 1,
      requestHandler: { httpsAgent: new Agent({ ca: await readFile(caFile, 'utf8') }) },
    });
    const branch = await client.send(
      new GetBranchCommand({ repositoryName: 'secure', branchName: 'main' }),
    );
    client.destroy();
    expect(branch.branch?.commitId).toBe(head);

    const withoutCa = await run('git', ['clone', `${httpsUrl}/v1/repos/secure`, 'refused'], {
      cwd: work,
      env: emulator.awsEnv('developer'),
    });
    expect(withoutCa.code).not.toBe(0);
    expect(withoutCa.stderr).toMatch(/certificate|SSL/i);
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('serves the URL git-remote-codecommit builds, in the region its URL names', async () => {
    // git-remote-codecommit's git_url() and sign(), with the same botocore calls: the host is
    // CODE_COMMIT_ENDPOINT (port included), the path /v1/repos/<name>, the region the URL's.
    const script = `
import sys, datetime
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.compat import quote
from botocore.credentials import Credentials
key, secret, hostname, repository, region = sys.argv[1:6]
path = '/v1/repos/' + repository
request = AWSRequest(method='GIT', url='https://' + hostname + path)
request.context['timestamp'] = datetime.datetime.now(datetime.timezone.utc).strftime('%Y%m%dT%H%M%S')
signer = SigV4Auth(Credentials(key, secret), 'codecommit', region)
canonical = 'GIT\\n' + path + '\\n\\nhost:' + hostname + '\\n\\nhost\\n'
signature = signer.signature(signer.string_to_sign(request, canonical), request)
print('https://' + quote(key, safe='') + ':' + request.context['timestamp'] + 'Z' + signature + '@' + hostname + path)
`;
    const { accessKeyId, secretAccessKey } = emulator.user('reader');
    const endpoint = new URL(httpsUrl).host;
    const urlFor = async (region: string) => {
      const made = await run('python3', [
        '-c',
        script,
        accessKeyId,
        secretAccessKey,
        endpoint,
        'secure',
        region,
      ]);
      expect(made.code, made.stderr).toBe(0);
      return made.stdout.trim();
    };
    const plain = { ...emulator.awsEnv('reader'), GIT_CONFIG_COUNT: '0', GIT_SSL_CAINFO: caFile };
    const inVirginia = await run('git', ['clone', await urlFor('us-east-1'), 'grc-virginia'], {
      cwd: work,
      env: plain,
    });
    expect(inVirginia.code, inVirginia.stderr).toBe(0);
    expect(await readFile(path.join(work, 'grc-virginia', 'README.md'), 'utf8')).toBe(
      '# Over TLS\n',
    );
    // The eu-central-1 repository of the same name is another, still empty.
    const inFrankfurt = await run('git', ['clone', await urlFor('eu-central-1'), 'grc-frankfurt'], {
      cwd: work,
      env: plain,
    });
    expect(inFrankfurt.code, inFrankfurt.stderr).toBe(0);
    expect(inFrankfurt.stderr).toContain('empty repository');
  });
});
