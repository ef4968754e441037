import { describe, expect, it } from 'vitest';
import { cloneMethods, regionFromArn } from './clone-commands.ts';

describe('cloneMethods', () => {
  it('offers HTTPS, the credential helper and the codecommit:: form for an AWS repository', () => {
    const methods = cloneMethods({
      repositoryName: 'demo',
      cloneUrlHttp: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo',
      Arn: 'arn:aws:codecommit:eu-west-1:111122223333:demo',
    });
    expect(methods.map((method) => method.id)).toEqual(['https', 'credential-helper', 'grc']);
    expect(methods[1]?.command).toContain(
      "credential.helper '!aws codecommit credential-helper $@'",
    );
    expect(methods[2]?.command).toBe('git clone codecommit::eu-west-1://demo');
  });

  it('tells the helper to skip its host check for a local endpoint', () => {
    const methods = cloneMethods({
      repositoryName: 'demo',
      cloneUrlHttp: 'http://127.0.0.1:4599/v1/repos/demo',
    });
    expect(methods[1]?.command).toContain('--ignore-host-check');
  });

  it('reads the region from an ARN', () => {
    expect(regionFromArn('arn:aws:codecommit:us-east-1:1:demo')).toBe('us-east-1');
    expect(regionFromArn(undefined)).toBeUndefined();
  });
});
