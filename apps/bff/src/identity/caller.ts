import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { Caller } from './actor.ts';
import type { AwsIdentity } from './aws-identity.ts';
import { stsClientFor } from './aws-clients.ts';

/**
 * Who AWS says the identity is: STS GetCallerIdentity, which needs no permission. It also
 * proves at sign-in that the identity works (the role can be assumed, the profile's keys are
 * valid), so a person is never let in to a console that will refuse them everything.
 */
export async function getCaller(
  identity: AwsIdentity,
  credentials: AwsCredentialIdentityProvider,
): Promise<Caller> {
  const sts = await stsClientFor(identity, credentials);
  try {
    const answer = await sts.send(new GetCallerIdentityCommand({}));
    if (!answer.Arn || !answer.Account) throw new Error('STS answered without an ARN');
    return { arn: answer.Arn, accountId: answer.Account, region: await sts.config.region() };
  } finally {
    sts.destroy();
  }
}
