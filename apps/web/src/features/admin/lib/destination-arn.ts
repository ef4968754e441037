export type Destination = {
  service: 'sns' | 'lambda';
  region: string;
  accountId: string;
  name: string;
};

const pattern =
  /^arn:aws[\w-]*:(sns|lambda):([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):(?:function:([\w-]{1,64})(?::(?:\$LATEST|[\w-]{1,128}))?|([\w-]{1,256}))$/;

/**
 * The SNS topic or Lambda function an ARN names, or a sentence saying what is wrong with it,
 * checked as CodeCommit checks trigger destinations.
 *
 * @example
 * parseDestinationArn('arn:aws:sns:us-east-1:123456789012:builds') // { service: 'sns', name: 'builds', ... }
 */
export function parseDestinationArn(arn: string): Destination | string {
  const match = pattern.exec(arn.trim());
  if (!match) {
    return 'Use an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>) or a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>).';
  }
  const [, service, region = '', accountId = '', functionName, topicName] = match;
  if (service === 'lambda' && !functionName)
    return 'A Lambda ARN names a function: arn:aws:lambda:<region>:<account>:function:<name>.';
  if (service === 'sns' && !topicName)
    return 'An SNS ARN names a topic: arn:aws:sns:<region>:<account>:<topic>.';
  return {
    service: service === 'lambda' ? 'lambda' : 'sns',
    region,
    accountId,
    name: functionName ?? topicName ?? '',
  };
}
