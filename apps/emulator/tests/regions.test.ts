import {
  AssociateApprovalRuleTemplateWithRepositoryCommand,
  CodeCommitClient,
  CreateApprovalRuleTemplateCommand,
  CreateRepositoryCommand,
  GetApprovalRuleTemplateCommand,
  ListApprovalRuleTemplatesCommand,
  GetBranchCommand,
  GetRepositoryCommand,
  ListRepositoriesCommand,
  PutFileCommand,
  PutRepositoryTriggersCommand,
} from '@aws-sdk/client-codecommit';
import { SignatureV4 } from '@smithy/signature-v4';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorName, fsckFailures } from './git-support.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let work: string;
const clients: CodeCommitClient[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-regions-'));
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await emulator.close();
  await rm(work, { recursive: true, force: true });
});

/** An SDK client of the admin, as a tool that hard-codes `region` would make it. */
const clientIn = (region: string): CodeCommitClient => {
  const { accessKeyId, secretAccessKey } = emulator.user('admin');
  const client = new CodeCommitClient({
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
  clients.push(client);
  return client;
};

const aws = async (args: string[]) => {
  const result = await run('aws', ['codecommit', ...args, '--output', 'json'], {
    env: emulator.awsEnv('admin'),
  });
  return { ...result, json: () => JSON.parse(result.stdout) as Record<string, unknown> };
};

const git = async (args: string[], env: NodeJS.ProcessEnv = emulator.awsEnv('admin')) => {
  const result = await run('git', args, { cwd: work, env });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
};

describe('regions', () => {
  it('keeps repositories of each region apart, under the same name too', async () => {
    const frankfurt = clientIn('eu-central-1');
    const virginia = clientIn('us-east-1');
    const inFrankfurt = await frankfurt.send(
      new CreateRepositoryCommand({ repositoryName: 'shared-name', repositoryDescription: 'eu' }),
    );
    const inVirginia = await virginia.send(
      new CreateRepositoryCommand({ repositoryName: 'shared-name', repositoryDescription: 'us' }),
    );
    await frankfurt.send(new CreateRepositoryCommand({ repositoryName: 'frankfurt-only' }));

    expect(inFrankfurt.repositoryMetadata?.Arn).toBe(
      'arn:aws:codecommit:eu-central-1:123456789012:shared-name',
    );
    expect(inFrankfurt.repositoryMetadata?.cloneUrlHttp).toBe(
      `${emulator.url}/eu-central-1/v1/repos/shared-name`,
    );
    expect(inVirginia.repositoryMetadata?.Arn).toBe(
      'arn:aws:codecommit:us-east-1:123456789012:shared-name',
    );
    expect(inVirginia.repositoryMetadata?.cloneUrlHttp).toBe(
      `${emulator.url}/v1/repos/shared-name`,
    );
    expect(inVirginia.repositoryMetadata?.repositoryId).not.toBe(
      inFrankfurt.repositoryMetadata?.repositoryId,
    );

    const listed = await virginia.send(new ListRepositoriesCommand({}));
    expect(listed.repositories?.map((repository) => repository.repositoryName)).toEqual([
      'shared-name',
    ]);
    expect(
      await errorName(
        virginia.send(new GetRepositoryCommand({ repositoryName: 'frankfurt-only' })),
      ),
    ).toBe('RepositoryDoesNotExistException');
    const got = await frankfurt.send(new GetRepositoryCommand({ repositoryName: 'shared-name' }));
    expect(got.repositoryMetadata?.repositoryDescription).toBe('eu');
  });

  it('keeps approval rule templates of each region apart, under the same name too', async () => {
    const ireland = clientIn('eu-west-1');
    const virginia = clientIn('us-east-1');
    const content = (approvals: number) =>
      JSON.stringify({
        Version: '2018-11-08',
        Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: approvals }],
      });
    const inIreland = await ireland.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName: 'two-reviewers',
        approvalRuleTemplateContent: content(2),
      }),
    );
    expect(await virginia.send(new ListApprovalRuleTemplatesCommand({}))).toMatchObject({
      approvalRuleTemplateNames: [],
    });
    expect(
      await errorName(
        virginia.send(
          new GetApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'two-reviewers' }),
        ),
      ),
    ).toBe('ApprovalRuleTemplateDoesNotExistException');
    // The same name in another region is another template.
    const inVirginia = await virginia.send(
      new CreateApprovalRuleTemplateCommand({
        approvalRuleTemplateName: 'two-reviewers',
        approvalRuleTemplateContent: content(1),
      }),
    );
    expect(inVirginia.approvalRuleTemplate?.approvalRuleTemplateId).not.toBe(
      inIreland.approvalRuleTemplate?.approvalRuleTemplateId,
    );
    const read = await ireland.send(
      new GetApprovalRuleTemplateCommand({ approvalRuleTemplateName: 'two-reviewers' }),
    );
    expect(read.approvalRuleTemplate?.approvalRuleTemplateContent).toBe(content(2));
    expect(await ireland.send(new ListApprovalRuleTemplatesCommand({}))).toMatchObject({
      approvalRuleTemplateNames: ['two-reviewers'],
    });
    // A template is associated with repositories of its own region only.
    await virginia.send(new CreateRepositoryCommand({ repositoryName: 'only-in-virginia' }));
    expect(
      await errorName(
        ireland.send(
          new AssociateApprovalRuleTemplateWithRepositoryCommand({
            approvalRuleTemplateName: 'two-reviewers',
            repositoryName: 'only-in-virginia',
          }),
        ),
      ),
    ).toBe('RepositoryDoesNotExistException');
  });

  it('serves the AWS CLI in the region it is given, and refuses a made-up one', async () => {
    const listed = await aws(['list-repositories', '--region', 'eu-central-1']);
    expect(listed.code).toBe(0);
    expect(
      (listed.json().repositories as Array<{ repositoryName: string }>).map(
        (repository) => repository.repositoryName,
      ),
    ).toEqual(['frankfurt-only', 'shared-name']);
    const fromDefault = await aws(['get-repository', '--repository-name', 'frankfurt-only']);
    expect(fromDefault.stderr).toContain('RepositoryDoesNotExistException');

    const madeUp = await aws(['list-repositories', '--region', 'xx-nowhere-1']);
    expect(madeUp.code).not.toBe(0);
    expect(madeUp.stderr).toContain('InvalidSignatureException');
    expect(madeUp.stderr).toContain(
      "Credential should be scoped to a valid region, not 'xx-nowhere-1'",
    );
  });

  it('clones and pushes over git in a region that is not the default', async () => {
    const frankfurt = clientIn('eu-central-1');
    const created = await frankfurt.send(
      new CreateRepositoryCommand({ repositoryName: 'frankfurt-git' }),
    );
    const cloneUrl = created.repositoryMetadata?.cloneUrlHttp ?? '';
    // The profile's region is us-east-1: the URL names the repository's region, as AWS's host does.
    await git(['clone', cloneUrl, 'frankfurt-git']);
    const checkout = path.join(work, 'frankfurt-git');
    await writeFile(path.join(checkout, 'README.md'), '# Frankfurt\n');
    await git(['-C', checkout, 'add', 'README.md']);
    await git(['-C', checkout, 'commit', '-m', 'First commit in eu-central-1']);
    await git(['-C', checkout, 'push', 'origin', 'HEAD:main']);
    const head = await git(['-C', checkout, 'rev-parse', 'HEAD']);

    const branch = await frankfurt.send(
      new GetBranchCommand({ repositoryName: 'frankfurt-git', branchName: 'main' }),
    );
    expect(branch.branch?.commitId).toBe(head);
    const again = await frankfurt.send(
      new GetRepositoryCommand({ repositoryName: 'frankfurt-git' }),
    );
    expect(again.repositoryMetadata?.defaultBranch).toBe('main');

    // Without a region in the path, the signature's region decides (the helper signs the profile's).
    const unprefixed = `${emulator.url}/v1/repos/frankfurt-git`;
    await git(['clone', unprefixed, 'frankfurt-by-signature'], {
      ...emulator.awsEnv('admin'),
      AWS_DEFAULT_REGION: 'eu-central-1',
    });
    expect(await git(['-C', path.join(work, 'frankfurt-by-signature'), 'rev-parse', 'HEAD'])).toBe(
      head,
    );
    const fromDefault = await run('git', ['clone', unprefixed, 'not-in-virginia'], {
      cwd: work,
      env: emulator.awsEnv('admin'),
    });
    expect(fromDefault.code).not.toBe(0);
    expect(fromDefault.stderr).toContain('does not exist in us-east-1');
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });

  it('records trigger deliveries with the region of the repository', async () => {
    const frankfurt = clientIn('eu-central-1');
    await frankfurt.send(new CreateRepositoryCommand({ repositoryName: 'frankfurt-triggers' }));
    await frankfurt.send(
      new PutRepositoryTriggersCommand({
        repositoryName: 'frankfurt-triggers',
        triggers: [
          {
            name: 'all-events',
            destinationArn: 'arn:aws:sns:eu-central-1:123456789012:builds',
            events: ['all'],
          },
        ],
      }),
    );
    await frankfurt.send(
      new PutFileCommand({
        repositoryName: 'frankfurt-triggers',
        branchName: 'main',
        filePath: 'README.md',
        fileContent: Buffer.from('# Triggered\n'),
      }),
    );

    // The deliveries endpoint, signed for a region as the AWS SDK would sign it.
    const url = new URL(
      '/_emulator/trigger-deliveries?repositoryName=frankfurt-triggers',
      emulator.url,
    );
    const deliveriesIn = async (region: string) => {
      const signed = await new SignatureV4({
        service: 'codecommit',
        region,
        credentials: frankfurt.config.credentials,
        sha256: frankfurt.config.sha256,
      }).sign({
        method: 'GET',
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: { host: url.host },
      });
      const { host: _host, ...headers } = signed.headers;
      return fetch(url, { headers });
    };
    // From us-east-1 the name names no repository with deliveries.
    const fromVirginia = await deliveriesIn('us-east-1');
    expect(fromVirginia.status).toBe(200);
    expect(await fromVirginia.json()).toEqual({ deliveries: [] });
    const response = await deliveriesIn('eu-central-1');
    expect(response.status).toBe(200);
    const { deliveries } = (await response.json()) as {
      deliveries: Array<{ payload: { Records: Array<Record<string, unknown>> } }>;
    };
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.payload.Records[0]).toMatchObject({
      awsRegion: 'eu-central-1',
      eventSourceARN: 'arn:aws:codecommit:eu-central-1:123456789012:frankfurt-triggers',
    });
  });
});
