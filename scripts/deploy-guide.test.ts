import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../apps/emulator/tests/harness.ts';
import { startTestIssuer } from '../apps/emulator/tests/oidc-issuer.ts';
import { freePort, startRedisServer } from '../apps/bff/src/testing/redis-server.ts';
import { checkNginx, makeCertificate, templateSite } from '../e2e/fixtures/nginx.ts';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const at = (file: string) => join(root, file);
const guide = await readFile(at('docs/deploy.md'), 'utf8');
const read = (file: string) => readFile(at(file), 'utf8');
const json = async (file: string) => JSON.parse(await read(file)) as IamPolicy;

interface IamStatement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Principal?: Record<string, string>;
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string>>;
}
interface IamPolicy {
  Version: string;
  Statement: IamStatement[];
}

/** Each command of the guide's `sh` blocks, one per line. */
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
  (block[1] ?? '').split('\n').filter((line) => line.trim() !== ''),
);
const argument = (command: string, name: string) =>
  new RegExp(`${name} (\\S+)`).exec(command)?.[1] ?? '';
const commandsLike = (pattern: RegExp) => commands.filter((command) => pattern.test(command));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'deploy-guide-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * What exercises each kind of command in the guide. A command no entry covers fails the test,
 * so the guide cannot grow a command nothing runs or checks.
 */
const exercised: [RegExp, string][] = [
  [/^npx -y pnpm@10\.34\.9 (install --frozen-lockfile|--filter @cc\/web build)$/, 'containerfile'],
  [/^openssl rand -hex 32$/, 'secret'],
  [/^openssl req -x509 /, 'certificate'],
  [/^sudo install -m 0644 docs\/deploy\/\S+ \S+$/, 'install'],
  [/^sudo ln -s \/etc\/nginx\/sites-available\/console /, 'nginx'],
  [/^valkey-server \/etc\/valkey\/console\.conf$/, 'valkey'],
  [/^sudo systemd-analyze verify /, 'systemd'],
  [
    /^sudo systemctl (daemon-reload|enable --now console-bff@\d+( console-bff@\d+)*|reload nginx)$/,
    'systemd',
  ],
  [/^sudo nginx -t$/, 'nginx'],
  [/^podman (build|run) /, 'containerfile'],
  [/^aws iam /, 'iam'],
];

describe('the deployment guide (docs/deploy.md)', () => {
  it('names only files that exist, and every file of docs/deploy/', async () => {
    const named = new Set(
      [...guide.matchAll(/\((deploy\/[^)\s]+)\)|docs\/(deploy\/[\w@./-]+)/g)].map(
        (match) => `docs/${match[1] ?? match[2]}`,
      ),
    );
    for (const file of named) expect(existsSync(at(file)), file).toBe(true);
    const files = await readdir(at('docs/deploy'), { recursive: true, withFileTypes: true });
    for (const file of files.filter((entry) => entry.isFile())) {
      const name = join(file.parentPath, file.name).slice(root.length);
      expect(named.has(name), `${name} is not named in docs/deploy.md`).toBe(true);
    }
  });

  it('has no command that nothing here or in the proxy e2e exercises', () => {
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands)
      expect(
        exercised.some(([pattern]) => pattern.test(command)),
        `not exercised: ${command}`,
      ).toBe(true);
  });

  it('installs files the repository has', () => {
    for (const command of commandsLike(/^sudo install /))
      expect(existsSync(at(command.split(' ')[4] ?? '')), command).toBe(true);
  });

  it('makes a session secret and a certificate with the commands it gives', async () => {
    const [secret] = commandsLike(/^openssl rand /);
    const { stdout } = await run('sh', ['-c', secret ?? 'false']);
    expect(stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    const [request] = commandsLike(/^openssl req /);
    const key = join(work, 'console.key');
    const certificate = join(work, 'console.pem');
    const local = (request ?? '')
      .replace(argument(request ?? '', '-keyout'), key)
      .replace(argument(request ?? '', '-out'), certificate);
    await run('sh', ['-c', local]);
    const subject = await run('openssl', [
      'x509',
      '-in',
      certificate,
      '-noout',
      '-subject',
      '-ext',
      'subjectAltName',
    ]);
    expect(subject.stdout).toMatch(/CN ?= ?console\.example\.com/);
    expect(subject.stdout).toContain('DNS:console.example.com');
  });

  it('gives an nginx site that nginx accepts (the proxy e2e serves through it)', async () => {
    const dir = join(work, 'nginx');
    const { certificate, key } = await makeCertificate(work);
    const site = templateSite(await read('docs/deploy/nginx-console.conf'), {
      listen: `127.0.0.1:${await freePort()}`,
      upstreams: ['127.0.0.1:3001', '127.0.0.1:3002'],
      certificate,
      key,
    });
    await mkdir(dir);
    await expect(checkNginx(dir, site)).resolves.toContain('nginx.conf');
    // The site passes paths on unchanged and says https to the BFF.
    expect(site).toMatch(/location \/console\/ \{[\s\S]*proxy_pass http:\/\/console_bff;/);
    expect(site).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
  });

  it('gives Valkey settings a server starts with, evicting least recently used content', async () => {
    const server = await startRedisServer([at('docs/deploy/valkey.conf')]);
    try {
      const { stdout } = await run('redis-cli', [
        '-p',
        String(server.port),
        'CONFIG',
        'GET',
        'maxmemory-policy',
      ]);
      expect(stdout).toContain('allkeys-lru');
    } finally {
      await server.kill();
    }
  });

  it('gives a systemd unit systemd-analyze accepts, running what the container runs', async () => {
    const unit = await read('docs/deploy/console-bff@.service');
    const instance = join(work, 'console-bff@3001.service');
    await copyFile(at('docs/deploy/console-bff@.service'), instance);
    await run('systemd-analyze', ['verify', instance]);
    const execStart = /^ExecStart=\/usr\/bin\/(.+)$/m.exec(unit)?.[1] ?? '';
    const containerfile = await read('docs/deploy/Containerfile');
    const cmd = JSON.parse(/^CMD (.+)$/m.exec(containerfile)?.[1] ?? '[]') as string[];
    expect(cmd.join(' ')).toBe(execStart);
    expect(existsSync(at(execStart.split(' ').at(-1) ?? ''))).toBe(true);
    for (const command of commandsLike(/^sudo systemctl enable /))
      expect(command).toMatch(/ console-bff@3001 console-bff@3002$/);
  });

  it('gives a Containerfile that installs and builds with the guide’s own commands', async () => {
    const containerfile = await read('docs/deploy/Containerfile');
    for (const command of commandsLike(/^npx -y pnpm/)) expect(containerfile).toContain(command);
    const [from] = /^FROM \S+:(\d+)/m.exec(containerfile)?.slice(1) ?? [];
    expect(Number(from)).toBeGreaterThanOrEqual(20);
    const settings = await read('docs/deploy/console.env');
    const main = await read('apps/bff/src/main.ts');
    const bffSettings = await read('apps/bff/src/config/settings.ts');
    const sharedSettings = await read('apps/bff/src/shared-state/settings.ts');
    // Every setting given to an instance is one the BFF (or the AWS SDK) reads.
    const names = [
      ...settings.matchAll(/^(\w+)=/gm),
      ...containerfile.matchAll(/(\w+)=\S+ ?\\?$/gm),
      ...commands.join(' ').matchAll(/-e (\w+)=/g),
    ].map((match) => match[1] ?? '');
    for (const name of names)
      expect(
        name.startsWith('AWS_') ||
          main.includes(`env.${name}`) ||
          bffSettings.includes(`'${name}'`) ||
          bffSettings.includes(`env.${name}`) ||
          sharedSettings.includes(name),
        name,
      ).toBe(true);
  });

  it('gives IAM policies that parse, name each other, and let a person in through the emulator', async () => {
    for (const command of commandsLike(/^aws iam /)) {
      const file = /file:\/\/(\S+)/.exec(command)?.[1];
      if (file) {
        const policy = await json(file);
        expect(policy.Version).toBe('2012-10-17');
        for (const statement of policy.Statement) {
          expect(['Allow', 'Deny']).toContain(statement.Effect);
          for (const action of [statement.Action].flat())
            expect(action).toMatch(/^[a-z0-9-]+:[\w*]+$/i);
        }
      }
    }
    // The BFF may become each person's role; the roles trust the BFF's role.
    const bffPolicy = await json('docs/deploy/iam/bff-role-policy.json');
    const assumable = bffPolicy.Statement.flatMap((statement) => [statement.Resource ?? []].flat());
    const roleNames = commandsLike(/^aws iam create-role /).map((command) =>
      argument(command, '--role-name'),
    );
    const pattern = (arn: string) => new RegExp(`^${arn.replace(/\*/g, '.*')}$`);
    for (const roleName of roleNames.filter((name) => name !== 'console-bff'))
      expect(
        assumable.some((arn) => pattern(arn).test(`arn:aws:iam::111122223333:role/${roleName}`)),
      ).toBe(true);
    const bffTrust = await json('docs/deploy/iam/person-role-trust-bff.json');
    expect(bffTrust.Statement[0]?.Principal?.AWS).toBe(
      'arn:aws:iam::111122223333:role/console-bff',
    );

    // The OIDC role as IAM would hold it, applied to the emulator's IAM: the trust policy's
    // provider and audience, the managed policy attached. A token for the console gets in.
    const issuer = await startTestIssuer();
    const [provider] = commandsLike(/^aws iam create-open-id-connect-provider /);
    const clientId = argument(provider ?? '', '--client-id-list');
    const trustCommand = commandsLike(/person-role-trust-oidc\.json/)[0] ?? '';
    const roleName = argument(trustCommand, '--role-name');
    const trust = await json('docs/deploy/iam/person-role-trust-oidc.json');
    const [statement] = trust.Statement;
    const providerHost = statement?.Principal?.Federated?.split('oidc-provider/')[1] ?? '';
    expect(argument(provider ?? '', '--url')).toBe(`https://${providerHost}`);
    expect(statement?.Condition?.StringEquals?.[`${providerHost}:aud`]).toBe(clientId);
    const attached =
      commandsLike(new RegExp(`attach-role-policy --role-name ${roleName} `))[0] ?? '';
    const managedPolicy = argument(attached, '--policy-arn').split('/').at(-1);
    const emulator = await startTestEmulator({
      emulatorJson: {
        users: [],
        openIdConnectProviders: [{ url: issuer.url, clientIds: [clientId] }],
        roles: [
          {
            roleName,
            policy: managedPolicy,
            trust: { webIdentity: { issuer: issuer.url, audiences: [clientId] } },
          },
        ],
      },
    });
    try {
      const now = Math.floor(Date.now() / 1000);
      const assume = async (aud: string) => {
        const token = await issuer.idToken({ sub: 'dana', aud, iat: now - 10, exp: now + 600 });
        return run(
          'aws',
          [
            'sts',
            'assume-role-with-web-identity',
            '--endpoint-url',
            emulator.url,
            '--role-arn',
            `arn:aws:iam::123456789012:role/${roleName}`,
            '--role-session-name',
            'dana',
            '--web-identity-token',
            token,
            '--output',
            'json',
          ],
          {
            env: {
              ...process.env,
              AWS_REGION: 'us-east-1',
              AWS_CONFIG_FILE: '/dev/null',
              AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
            },
          },
        );
      };
      const answer = JSON.parse((await assume(clientId)).stdout) as {
        AssumedRoleUser: { Arn: string };
      };
      expect(answer.AssumedRoleUser.Arn).toMatch(new RegExp(`assumed-role/${roleName}/dana$`));
      await expect(assume('another-client')).rejects.toThrow(
        /InvalidIdentityToken|not allowed|audience/i,
      );
    } finally {
      await emulator.close();
      await issuer.close();
    }
  });
});
