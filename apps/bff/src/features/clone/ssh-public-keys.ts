import {
  IAMClient,
  ListSSHPublicKeysCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import type { SshCloneSettings } from '@cc/shared/repositories';
import type { Actor } from '../../identity/actor.ts';
import { credentialsFor, profileSettings } from '../../identity/aws-clients.ts';

/** The IAM user an ARN names (arn:aws:iam::<account>:user[/path]/<name>); none for a role session. */
export const iamUserName = (arn: string): string | undefined =>
  /^arn:aws[\w-]*:iam::\d{12}:user\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn)?.[1];

const isAccessDenied = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'AccessDenied' || error.name === 'AccessDeniedException');

/**
 * Whether IAM lets the person upload a key to their own user, asked the way the console's
 * CodeCommit probes ask: with a call that cannot succeed. IAM decides whether the caller may
 * act before it reads the key, so a body that is no key is refused as AccessDenied without the
 * permission and as malformed (InvalidPublicKey, UnrecognizedPublicKeyEncoding) with it.
 */
async function mayUploadSshPublicKey(iam: IAMClient, userName: string): Promise<boolean> {
  try {
    await iam.send(
      new UploadSSHPublicKeyCommand({ UserName: userName, SSHPublicKeyBody: 'permission-probe' }),
    );
    return true;
  } catch (error) {
    return !isAccessDenied(error);
  }
}

/**
 * The person's SSH public keys, asked of IAM as the person (ListSSHPublicKeys without a user name
 * lists the caller's own, which the CodeCommit managed policies allow), through the SDK's own
 * endpoint settings, so AWS's IAM or a local one answers. A refusal or an unreachable IAM is
 * reported, never thrown: the clone panel then says how to upload a key instead, or, when IAM
 * would refuse the upload (AWSCodeCommitReadOnly), how to ask for one. Both calls go at once.
 *
 * @example
 * const ssh = await sshCloneSettings(actor);
 */
export async function sshCloneSettings(actor: Actor): Promise<SshCloneSettings> {
  const userName = iamUserName(actor.caller.arn);
  if (!userName)
    return {
      unavailable:
        'SSH keys belong to IAM users; you are signed in through a role, which has none.',
    };
  const iam = new IAMClient({
    ...(await profileSettings(actor.identity, { envName: 'IAM', configKey: 'iam' })),
    credentials: credentialsFor(actor.identity, actor.webIdentityToken),
    maxAttempts: 1,
    // The panel waits on this answer: an IAM that cannot be reached is reported, not waited for.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000 },
  });
  try {
    const [listed, canUploadSshPublicKey] = await Promise.all([
      iam.send(new ListSSHPublicKeysCommand({})),
      mayUploadSshPublicKey(iam, userName),
    ]);
    const active = (listed.SSHPublicKeys ?? [])
      .filter((key) => key.Status === 'Active' && key.SSHPublicKeyId)
      .sort((a, b) => (b.UploadDate?.getTime() ?? 0) - (a.UploadDate?.getTime() ?? 0))
      .map((key) => key.SSHPublicKeyId as string);
    return { userName, sshPublicKeyIds: active, canUploadSshPublicKey };
  } catch (error) {
    return {
      userName,
      unavailable: isAccessDenied(error)
        ? 'IAM does not let you list your SSH public keys (iam:ListSSHPublicKeys).'
        : `IAM could not list your SSH public keys (${error instanceof Error ? error.name : 'Error'}).`,
    };
  } finally {
    iam.destroy();
  }
}
