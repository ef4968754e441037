import { spawn } from 'node:child_process';
import { timingSafeEqual } from 'node:crypto';
import type ssh2 from 'ssh2';
import type { Identity } from '../auth/identities.ts';
import { isAllowedOn } from '../auth/authorize.ts';
import { checkedPushOptions } from '../git/checked-push.ts';
import { reportMovedRefs } from '../git-http/handler.ts';
import { RefCommandReader } from '../git-http/pkt-line.ts';
import type { EmulatorEvents, RepositoryStore } from '../operations/types.ts';
import { isPartitionRegion } from '../regions/partition-regions.ts';
import { parseRepositoryPath } from '../regions/repository-path.ts';
import { gitEnv } from '../store/bare-repository.ts';
import type { Logger } from 'pino';
import { logSshCommand } from '../logging/request-log.ts';
import type { SshPublicKeys } from '../iam/ssh-public-keys.ts';

export interface GitSshDependencies {
  sshPublicKeys: Pick<SshPublicKeys, 'find'>;
  /** The identity of each IAM user, by user name: SSH callers act as the user whose key they hold, under its policy and repositories. */
  identityOf(userName: string): Identity | undefined;
  /** The region `/v1/repos/<name>` means; `/<region>/v1/repos/<name>` names another. */
  defaultRegion: string;
  repositoriesIn(region: string): RepositoryStore;
  events: EmulatorEvents;
  /** One line per git command (see `logSshCommand`). */
  logger?: Logger;
  /** The largest file (Git blob) a push may carry; default 2 GB, as on AWS. */
  maxBlobBytes?: number;
}

type Service = 'git-upload-pack' | 'git-receive-pack';

const command = /^(git-upload-pack|git-receive-pack|git upload-pack|git receive-pack) '?([^']*)'?$/;

/**
 * Serves one SSH connection as CodeCommit does: public key authentication where the user name is
 * the key's id (APKA…) and the key must be that id's active key, then `git-upload-pack` or
 * `git-receive-pack` for `/v1/repos/<name>` under the key owner's policy (codecommit:GitPull,
 * codecommit:GitPush). Follows "Setup steps for SSH connections to AWS CodeCommit repositories"
 * in the CodeCommit user guide. No shell, no other command.
 *
 * @example
 * new ssh2.Server({ hostKeys }, (client) => serveGitOverSsh(client, deps));
 */
export function serveGitOverSsh(client: ssh2.Connection, deps: GitSshDependencies): void {
  let identity: Identity | undefined;
  let keyId = '';
  client.on('authentication', (context) => {
    keyId = context.username;
    if (context.method !== 'publickey') return context.reject(['publickey']);
    const known = deps.sshPublicKeys.find(context.username);
    const owner = known && deps.identityOf(known.userName);
    const sameKey =
      known?.status === 'Active' &&
      context.key.algo === known.key.type &&
      sameBytes(context.key.data, known.key.getPublicSSH());
    if (!known || !owner || !sameKey) return context.reject(['publickey']);
    // Without a signature the client only asks whether this key would do.
    if (context.signature && context.blob) {
      if (known.key.verify(context.blob, context.signature, context.hashAlgo) !== true)
        return context.reject(['publickey']);
      identity = owner;
    }
    context.accept();
  });
  client.on('error', () => undefined);
  client.on('ready', () => {
    client.on('session', (acceptSession) => {
      const session = acceptSession();
      const env: Record<string, string> = {};
      session.on('env', (accept, _reject, info) => {
        if (info.key === 'GIT_PROTOCOL') env.GIT_PROTOCOL = info.val;
        accept?.();
      });
      session.on('exec', (accept, _reject, info) => {
        const channel = accept();
        if (deps.logger) logSshCommand(deps.logger, channel, info.command, keyId);
        if (!identity) return refuse(channel, 'Permission denied.\n');
        void runGit(channel, info.command, identity, env, deps).catch((error: unknown) => {
          console.error('git over SSH failed:', error);
          refuse(channel, 'The git command failed.\n');
        });
      });
      session.on('shell', (accept) =>
        refuse(
          accept(),
          'You have successfully authenticated, but the CodeCommit emulator does not provide shell access.\n',
        ),
      );
    });
  });
}

async function runGit(
  channel: ssh2.ServerChannel,
  requested: string,
  identity: Identity,
  env: Record<string, string>,
  deps: GitSshDependencies,
): Promise<void> {
  const match = command.exec(requested.trim());
  const path = match && parseRepositoryPath(match[2] ?? '');
  if (!match || !path || path.rest !== '')
    return refuse(
      channel,
      `Unknown command: only git-upload-pack and git-receive-pack of /v1/repos/<name> are served.\n`,
    );
  const service = match[1]?.replace(' ', '-') as Service;
  if (path.region && !isPartitionRegion(path.region))
    return refuse(channel, `${path.region} is not a region of the aws partition.\n`);
  const region = path.region ?? deps.defaultRegion;
  const repository = deps.repositoriesIn(region).find(path.repositoryName);
  if (!repository)
    return refuse(channel, `Repository ${path.repositoryName} does not exist in ${region}.\n`);
  const action = service === 'git-upload-pack' ? 'codecommit:GitPull' : 'codecommit:GitPush';
  if (!isAllowedOn(identity, action, repository.arn))
    return refuse(
      channel,
      `User: ${identity.caller.arn} is not authorized to perform: ${action} on resource: ${repository.arn}\n`,
    );

  const childEnv = gitEnv();
  // Protocol v2 for fetches only, as over HTTP.
  if (service === 'git-upload-pack' && env.GIT_PROTOCOL) childEnv.GIT_PROTOCOL = env.GIT_PROTOCOL;
  // Pushes are checked as over HTTP: git fsck's checks and CodeCommit's limits (checked-push.ts).
  const checks = service === 'git-receive-pack' ? checkedPushOptions(deps) : [];
  const child = spawn('git', [...checks, service.slice('git-'.length), repository.gitDir], {
    env: childEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const commands = new RefCommandReader();
  if (service === 'git-receive-pack') channel.on('data', (chunk: Buffer) => commands.push(chunk));
  channel.pipe(child.stdin);
  child.stdin.on('error', () => undefined);
  child.stdout.pipe(channel, { end: false });
  child.stderr.pipe(channel.stderr, { end: false });
  channel.on('close', () => child.kill());
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve(exitCode ?? 1));
  });
  if (service === 'git-receive-pack' && code === 0)
    await reportMovedRefs(repository, commands, identity, deps.events);
  channel.exit(code);
  channel.end();
}

function refuse(channel: ssh2.ServerChannel, message: string): void {
  channel.stderr.write(message);
  channel.exit(1);
  channel.end();
}

const sameBytes = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);
