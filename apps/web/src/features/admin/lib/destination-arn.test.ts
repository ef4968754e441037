import { describe, expect, it } from 'vitest';
import { parseDestinationArn } from './destination-arn.ts';

describe('trigger destination ARNs', () => {
  it('reads SNS topics and Lambda functions, with versions and aliases', () => {
    expect(parseDestinationArn('arn:aws:sns:us-east-1:123456789012:builds')).toEqual({
      service: 'sns',
      region: 'us-east-1',
      accountId: '123456789012',
      name: 'builds',
    });
    expect(
      parseDestinationArn('arn:aws:lambda:eu-west-2:123456789012:function:notify:prod'),
    ).toMatchObject({ service: 'lambda', name: 'notify' });
    expect(
      parseDestinationArn('arn:aws:lambda:eu-west-2:123456789012:function:notify:$LATEST'),
    ).toMatchObject({ name: 'notify' });
  });

  it('explains what is wrong with anything else', () => {
    expect(parseDestinationArn('arn:aws:s3:::bucket')).toMatch(/^Use an SNS topic ARN/);
    expect(parseDestinationArn('arn:aws:lambda:us-east-1:123456789012:notify')).toMatch(
      /^A Lambda ARN names a function/,
    );
    expect(parseDestinationArn('arn:aws:sns:us-east-1:12345:builds')).toMatch(/^Use an SNS/);
    expect(parseDestinationArn('arn:aws:sns:us-east-1:123456789012:function:x')).toMatch(
      /^An SNS ARN names a topic/,
    );
  });
});
