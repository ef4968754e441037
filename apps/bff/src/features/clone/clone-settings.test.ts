import { describe, expect, it } from 'vitest';
import { cloneSettings } from './clone-settings.ts';

describe('cloneSettings', () => {
  const local = {
    AWS_ENDPOINT_URL_CODECOMMIT: 'http://localhost:3000',
    AWS_CONFIG_FILE: '/data/aws/config',
    AWS_SHARED_CREDENTIALS_FILE: '/data/aws/credentials',
    CODE_COMMIT_ENDPOINT: 'localhost:3443',
    AWS_CA_BUNDLE: '/data/tls/ca.pem',
    AWS_SECRET_ACCESS_KEY: 'never-sent',
  };

  it('passes on the settings of a local endpoint and the profile, never a key', () => {
    const settings = cloneSettings(local, { kind: 'profile', profile: 'developer' });
    expect(settings).toEqual({
      profile: 'developer',
      awsConfigFile: '/data/aws/config',
      awsSharedCredentialsFile: '/data/aws/credentials',
      codeCommitEndpoint: 'localhost:3443',
      caBundle: '/data/tls/ca.pem',
    });
    expect(JSON.stringify(settings)).not.toContain('never-sent');
  });

  it("keeps the server's files to itself when the endpoint is AWS's", () => {
    expect(
      cloneSettings(
        { ...local, AWS_ENDPOINT_URL_CODECOMMIT: 'https://codecommit.eu-west-1.amazonaws.com' },
        { kind: 'defaultCredentials' },
      ),
    ).toEqual({});
    expect(cloneSettings({ AWS_CONFIG_FILE: '/x' }, undefined)).toEqual({});
  });
});
