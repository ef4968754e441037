import { describe, expect, it } from 'vitest';
import { cloneMethods, regionFromArn } from './clone-commands.ts';

describe('cloneMethods', () => {
  it("offers AWS's forms for an AWS repository", () => {
    const methods = cloneMethods(
      {
        repositoryName: 'demo',
        cloneUrlHttp: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
        cloneUrlSsh: 'ssh://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
        Arn: 'arn:aws:codecommit:eu-west-1:111122223333:demo',
      },
      { profile: 'team' },
    );
    expect(methods.map((method) => method.id)).toEqual([
      'https',
      'credential-helper',
      'grc',
      'ssh',
    ]);
    expect(methods[1]?.command).toContain(
      "credential.helper '!aws codecommit credential-helper $@'",
    );
    expect(methods[2]?.command).toBe('git clone codecommit::eu-west-1://team@demo');
    expect(methods[3]?.command).toBe(
      'git clone ssh://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
    );
  });

  it("gives AWS's ~/.ssh/config block for the person's SSH key, or how to upload one", () => {
    const source = {
      repositoryName: 'demo',
      cloneUrlHttp: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
      cloneUrlSsh: 'ssh://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
      Arn: 'arn:aws:codecommit:eu-west-1:111122223333:demo',
    };
    const withKey = cloneMethods(source, {
      ssh: { userName: 'alice', sshPublicKeyIds: ['APKAEIBAERJR2EXAMPLE'] },
    }).find((method) => method.id === 'ssh');
    expect(withKey?.setup).toEqual([
      {
        label: 'Add to ~/.ssh/config',
        text: 'Host git-codecommit.*.amazonaws.com\n  User APKAEIBAERJR2EXAMPLE\n  IdentityFile ~/.ssh/codecommit_rsa',
      },
    ]);
    const withoutKey = cloneMethods(source, {
      profile: 'team',
      ssh: { userName: 'alice', sshPublicKeyIds: [] },
    }).find((method) => method.id === 'ssh');
    expect(withoutKey?.setup).toBeUndefined();
    expect(withoutKey?.command).toBe(
      'ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa\n' +
        'AWS_PROFILE=team \\\n  aws iam upload-ssh-public-key --user-name alice --ssh-public-key-body file://~/.ssh/codecommit_rsa.pub',
    );
    // IAM would refuse the upload: only the key is made here, and the hint says who uploads it.
    const mayNotUpload = cloneMethods(source, {
      ssh: { userName: 'alice', sshPublicKeyIds: [], canUploadSshPublicKey: false },
    }).find((method) => method.id === 'ssh');
    expect(mayNotUpload?.command).toBe('ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa');
    expect(mayNotUpload?.hint).toContain(
      'IAM does not let you upload one (iam:UploadSSHPublicKey). Make a key, then ask an administrator to upload ~/.ssh/codecommit_rsa.pub to your IAM user alice',
    );
  });

  it('offers only what works against a local endpoint, with the settings it needs', () => {
    const methods = cloneMethods(
      {
        repositoryName: 'demo',
        cloneUrlHttp: 'http://localhost:4599/eu-central-1/v1/repos/demo',
        cloneUrlSsh: 'ssh://localhost:2222/eu-central-1/v1/repos/demo',
        Arn: 'arn:aws:codecommit:eu-central-1:123456789012:demo',
      },
      {
        profile: 'developer',
        awsConfigFile: '/data/my aws/config',
        awsSharedCredentialsFile: '/data/aws/credentials',
        codeCommitEndpoint: 'localhost:4600',
        caBundle: '/data/tls/ca.pem',
        ssh: { userName: 'developer', sshPublicKeyIds: ['APKAEIBAERJR2EXAMPLE'] },
      },
    );
    expect(methods.map((method) => method.id)).toEqual(['credential-helper', 'grc', 'ssh']);
    expect(methods[0]?.label).toBe('HTTP (AWS CLI)');
    expect(methods[0]?.command).toBe(
      "AWS_CONFIG_FILE='/data/my aws/config' AWS_SHARED_CREDENTIALS_FILE=/data/aws/credentials AWS_PROFILE=developer \\\n" +
        "  git clone -c credential.helper='!aws codecommit credential-helper --ignore-host-check $@' -c credential.UseHttpPath=true http://localhost:4599/eu-central-1/v1/repos/demo",
    );
    expect(methods[1]?.command).toBe(
      "AWS_CONFIG_FILE='/data/my aws/config' AWS_SHARED_CREDENTIALS_FILE=/data/aws/credentials CODE_COMMIT_ENDPOINT=localhost:4600 GIT_SSL_CAINFO=/data/tls/ca.pem \\\n" +
        '  git clone codecommit::eu-central-1://developer@demo',
    );
    expect(methods[2]?.setup?.[0]?.text).toBe(
      'Host localhost\n  User APKAEIBAERJR2EXAMPLE\n  IdentityFile ~/.ssh/codecommit_rsa\n  Port 2222',
    );
    expect(methods[2]?.command).toBe('git clone ssh://localhost:2222/eu-central-1/v1/repos/demo');
  });

  it('leaves out git-remote-codecommit where no TLS endpoint is known', () => {
    const methods = cloneMethods({
      repositoryName: 'demo',
      cloneUrlHttp: 'https://127.0.0.1:4599/v1/repos/demo',
      Arn: 'arn:aws:codecommit:us-east-1:123456789012:demo',
    });
    expect(methods.map((method) => method.id)).toEqual(['credential-helper']);
    expect(methods[0]?.label).toBe('HTTPS (AWS CLI)');
  });

  it('reads the region from an ARN', () => {
    expect(regionFromArn('arn:aws:codecommit:us-east-1:1:demo')).toBe('us-east-1');
    expect(regionFromArn(undefined)).toBeUndefined();
  });
});
