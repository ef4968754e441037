export type CloneSource = {
  repositoryName: string;
  cloneUrlHttp?: string;
  cloneUrlSsh?: string;
  Arn?: string;
};

export type CloneMethod = { id: string; label: string; hint: string; command: string };

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

/** The ways to clone a repository, each as commands ready to paste. */
export function cloneMethods(source: CloneSource): CloneMethod[] {
  const methods: CloneMethod[] = [];
  const { cloneUrlHttp, cloneUrlSsh, repositoryName } = source;
  if (cloneUrlHttp) {
    methods.push({
      id: 'https',
      label: 'HTTPS',
      hint: 'Uses Git credentials for HTTPS from IAM.',
      command: `git clone ${cloneUrlHttp}`,
    });
    // The helper refuses hosts other than AWS's unless told not to check.
    const hostCheck = isAwsHost(cloneUrlHttp) ? '' : ' --ignore-host-check';
    methods.push({
      id: 'credential-helper',
      label: 'HTTPS (AWS CLI)',
      hint: 'Signs each request with your AWS CLI credentials through its credential helper.',
      command: [
        `git config --global credential.helper '!aws codecommit credential-helper${hostCheck} $@'`,
        'git config --global credential.UseHttpPath true',
        `git clone ${cloneUrlHttp}`,
      ].join('\n'),
    });
  }
  const region = regionFromArn(source.Arn);
  if (region) {
    methods.push({
      id: 'grc',
      label: 'HTTPS (GRC)',
      hint: 'Needs git-remote-codecommit (pip install git-remote-codecommit).',
      command: `git clone codecommit::${region}://${repositoryName}`,
    });
  }
  if (cloneUrlSsh) {
    methods.push({
      id: 'ssh',
      label: 'SSH',
      hint: 'Uses an SSH public key uploaded to IAM.',
      command: `git clone ${cloneUrlSsh}`,
    });
  }
  return methods;
}
