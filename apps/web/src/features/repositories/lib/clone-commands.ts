import type { CloneSettings } from '@cc/shared/repositories';

export type CloneSource = {
  repositoryName: string;
  cloneUrlHttp?: string;
  cloneUrlSsh?: string;
  Arn?: string;
};

/** A step before the clone command: a file to write or commands to run once. */
export type CloneStep = { label: string; text: string };

export type CloneMethod = {
  id: string;
  label: string;
  hint: string;
  command: string;
  /** Done once before `command`, such as the `~/.ssh/config` block SSH needs. */
  setup?: CloneStep[];
};

/** The region is the fourth field of the repository's ARN: arn:aws:codecommit:<region>:<account>:<name>. */
export function regionFromArn(arn: string | undefined): string | undefined {
  return arn?.split(':')[3] || undefined;
}

function isAwsHost(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.amazonaws.com');
  } catch {
    return false;
  }
}

/** A value as one shell word: quoted when it holds anything a shell would read otherwise. */
const shellWord = (value: string): string =>
  /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;

/** `NAME=value` assignments for the variables that are set, as a command's prefix. */
const environment = (variables: Record<string, string | undefined>): string =>
  Object.entries(variables)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${shellWord(value)}`)
    .join(' ');

const withPrefix = (prefix: string, command: string): string =>
  prefix ? `${prefix} \\\n  ${command}` : command;

/**
 * The ways to clone a repository, each as commands ready to paste. On AWS, AWS's own forms (see
 * "Setup for HTTPS users using Git credentials", "Setup steps for HTTPS connections with
 * git-remote-codecommit" and "Setup steps for SSH connections" in the CodeCommit user guide).
 * Elsewhere (a local endpoint), only what works there, with the AWS config files, the CA bundle
 * and git-remote-codecommit's CODE_COMMIT_ENDPOINT the console was started with.
 */
export function cloneMethods(source: CloneSource, settings: CloneSettings = {}): CloneMethod[] {
  const onAws = source.cloneUrlHttp === undefined || isAwsHost(source.cloneUrlHttp);
  return onAws ? awsMethods(source, settings) : localMethods(source, settings);
}

function awsMethods(source: CloneSource, settings: CloneSettings): CloneMethod[] {
  const methods: CloneMethod[] = [];
  const { cloneUrlHttp, cloneUrlSsh, repositoryName } = source;
  if (cloneUrlHttp) {
    methods.push({
      id: 'https',
      label: 'HTTPS',
      hint: 'Uses Git credentials for HTTPS from IAM.',
      command: `git clone ${cloneUrlHttp}`,
    });
    methods.push({
      id: 'credential-helper',
      label: 'HTTPS (AWS CLI)',
      hint: 'Signs each request with your AWS CLI credentials through its credential helper.',
      command: [
        `git config --global credential.helper '!aws codecommit credential-helper $@'`,
        'git config --global credential.UseHttpPath true',
        `git clone ${cloneUrlHttp}`,
      ].join('\n'),
    });
  }
  const region = regionFromArn(source.Arn);
  if (region) {
    const profile = settings.profile ? `${settings.profile}@` : '';
    methods.push({
      id: 'grc',
      label: 'HTTPS (GRC)',
      hint: 'Needs git-remote-codecommit (pip install git-remote-codecommit).',
      command: `git clone codecommit::${region}://${profile}${repositoryName}`,
    });
  }
  if (cloneUrlSsh) {
    const uploadEnvironment = environment({ AWS_PROFILE: settings.profile });
    methods.push(
      sshMethod(cloneUrlSsh, settings, 'git-codecommit.*.amazonaws.com', uploadEnvironment),
    );
  }
  return methods;
}

function localMethods(source: CloneSource, settings: CloneSettings): CloneMethod[] {
  const methods: CloneMethod[] = [];
  const { cloneUrlHttp, cloneUrlSsh, repositoryName } = source;
  const awsFiles = {
    AWS_CONFIG_FILE: settings.awsConfigFile,
    AWS_SHARED_CREDENTIALS_FILE: settings.awsSharedCredentialsFile,
  };
  if (cloneUrlHttp) {
    const tls = cloneUrlHttp.startsWith('https:');
    const prefix = environment({
      ...awsFiles,
      AWS_PROFILE: settings.profile,
      GIT_SSL_CAINFO: tls ? settings.caBundle : undefined,
    });
    methods.push({
      id: 'credential-helper',
      label: tls ? 'HTTPS (AWS CLI)' : 'HTTP (AWS CLI)',
      hint: 'Signs each request with your AWS CLI credentials through its credential helper; the clone keeps the helper for later pushes.',
      command: withPrefix(
        prefix,
        `git clone -c credential.helper='!aws codecommit credential-helper --ignore-host-check $@' -c credential.UseHttpPath=true ${cloneUrlHttp}`,
      ),
    });
  }
  const region = regionFromArn(source.Arn);
  // git-remote-codecommit always speaks https: it needs the endpoint's TLS host.
  if (region && settings.codeCommitEndpoint) {
    const profile = settings.profile ? `${settings.profile}@` : '';
    methods.push({
      id: 'grc',
      label: 'HTTPS (GRC)',
      hint: 'Needs git-remote-codecommit (pip install git-remote-codecommit); CODE_COMMIT_ENDPOINT points it at this endpoint.',
      command: withPrefix(
        environment({
          ...awsFiles,
          CODE_COMMIT_ENDPOINT: settings.codeCommitEndpoint,
          GIT_SSL_CAINFO: settings.caBundle,
        }),
        `git clone codecommit::${region}://${profile}${repositoryName}`,
      ),
    });
  }
  if (cloneUrlSsh && !isAwsHost(cloneUrlSsh.replace(/^ssh:/, 'https:'))) {
    const uploadEnvironment = environment({ ...awsFiles, AWS_PROFILE: settings.profile });
    methods.push(sshMethod(cloneUrlSsh, settings, undefined, uploadEnvironment));
  }
  return methods;
}

/** Where the AWS docs keep the key for CodeCommit ("Setup steps for SSH connections"). */
const identityFile = '~/.ssh/codecommit_rsa';

/**
 * SSH as the CodeCommit user guide sets it up: the ID (APKA…) of an SSH public key uploaded to
 * IAM is the user name, given as `User` in `~/.ssh/config` for the host (AWS's host pattern, or
 * the local listener with its port). Without a key yet, the commands that make and upload one.
 */
function sshMethod(
  cloneUrlSsh: string,
  settings: CloneSettings,
  awsHostPattern: string | undefined,
  uploadEnvironment: string,
): CloneMethod {
  const keyId = settings.ssh?.sshPublicKeyIds?.[0];
  const url = new URL(cloneUrlSsh);
  if (keyId) {
    const host = awsHostPattern ?? url.hostname;
    const port = awsHostPattern || !url.port ? [] : [`  Port ${url.port}`];
    return {
      id: 'ssh',
      label: 'SSH',
      hint: `Uses your SSH public key ${keyId} from IAM; IdentityFile is its private key.`,
      setup: [
        {
          label: 'Add to ~/.ssh/config',
          text: [`Host ${host}`, `  User ${keyId}`, `  IdentityFile ${identityFile}`, ...port].join(
            '\n',
          ),
        },
      ],
      command: `git clone ${cloneUrlSsh}`,
    };
  }
  const userName = settings.ssh?.userName;
  const why = settings.ssh?.unavailable ?? 'You have no active SSH public key in IAM yet.';
  if (!userName) return { id: 'ssh', label: 'SSH', hint: why, command: `git clone ${cloneUrlSsh}` };
  const keygen = `ssh-keygen -t rsa -b 4096 -f ${identityFile}`;
  // Never print an upload IAM would refuse: the key is made here and uploaded by someone who may.
  if (settings.ssh?.canUploadSshPublicKey === false)
    return {
      id: 'ssh',
      label: 'SSH',
      hint: `${why} IAM does not let you upload one (iam:UploadSSHPublicKey). Make a key, then ask an administrator to upload ${identityFile}.pub to your IAM user ${userName}; this tab then shows the ~/.ssh/config block.`,
      command: keygen,
    };
  return {
    id: 'ssh',
    label: 'SSH',
    hint: `${why} Make an RSA key and upload it to IAM; its SSHPublicKeyId is your SSH user name, and this tab then shows the ~/.ssh/config block. Uploading needs iam:UploadSSHPublicKey on your own IAM user, which AWSCodeCommitPowerUser and AWSCodeCommitFullAccess allow and AWSCodeCommitReadOnly does not.`,
    command: [
      keygen,
      withPrefix(
        uploadEnvironment,
        `aws iam upload-ssh-public-key --user-name ${shellWord(userName)} --ssh-public-key-body file://${identityFile}.pub`,
      ),
    ].join('\n'),
  };
}
