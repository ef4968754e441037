import type { RepositoryTrigger } from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import { checkBranchName } from '../git/check-branch-name.ts';

/** CodeCommit's limits for repository triggers. */
const MAX_TRIGGERS = 10;
const MAX_BRANCHES = 100;
const MAX_CUSTOM_DATA = 1000;
const MAX_NAME = 100;

const DESTINATION = /^arn:aws:(sns|lambda):([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):(.+)$/;
const SNS_TOPIC = /^[A-Za-z0-9_-]{1,256}$/;
const LAMBDA_FUNCTION = /^function:[A-Za-z0-9_-]{1,64}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

const checkDestination = (destinationArn: string, region: string): void => {
  const match = DESTINATION.exec(destinationArn);
  const [, service, arnRegion, , resource = ''] = match ?? [];
  if (!match || !(service === 'sns' ? SNS_TOPIC : LAMBDA_FUNCTION).test(resource)) {
    fail(
      'InvalidRepositoryTriggerDestinationArnException',
      `${JSON.stringify(destinationArn)} is not the ARN of an Amazon SNS topic (arn:aws:sns:${region}:123456789012:topic) or an AWS Lambda function (arn:aws:lambda:${region}:123456789012:function:name).`,
    );
  }
  if (arnRegion !== region)
    fail(
      'InvalidRepositoryTriggerRegionException',
      `The destination ${destinationArn} is in ${arnRegion ?? ''}; triggers must target ${region}.`,
    );
};

/**
 * Checks a repository's triggers as PutRepositoryTriggers and TestRepositoryTriggers do: at
 * most ten, unique names, an SNS topic or Lambda function ARN in the repository's region, custom
 * data of at most 1,000 characters, at most 100 valid branch names, and events that are either
 * `all` or any of createReference, updateReference and deleteReference.
 *
 * @example
 * validateTriggers({ triggers: input.triggers, region: ctx.region });
 */
export const validateTriggers = ({
  triggers,
  region,
}: {
  triggers: RepositoryTrigger[] | undefined;
  region: string;
}): RepositoryTrigger[] => {
  if (!triggers)
    return fail(
      'RepositoryTriggersListRequiredException',
      'A list of triggers is required (an empty list removes them all).',
    );
  if (triggers.length > MAX_TRIGGERS)
    fail(
      'MaximumRepositoryTriggersExceededException',
      `A repository has at most ${MAX_TRIGGERS} triggers, not ${triggers.length}.`,
    );
  const names = new Set<string>();
  for (const trigger of triggers) {
    const name = trigger.name ?? '';
    if (name.trim() === '' || name.length > MAX_NAME || names.has(name)) {
      fail(
        'InvalidRepositoryTriggerNameException',
        `The trigger name ${JSON.stringify(name)} is not valid: use 1-${MAX_NAME} characters, different for each trigger.`,
      );
    }
    names.add(name);
    checkDestination(trigger.destinationArn ?? '', region);
    if ((trigger.customData ?? '').length > MAX_CUSTOM_DATA)
      fail(
        'InvalidRepositoryTriggerCustomDataException',
        `Custom data has at most ${MAX_CUSTOM_DATA} characters.`,
      );
    const branches = trigger.branches ?? [];
    if (branches.length > MAX_BRANCHES)
      fail('MaximumBranchesExceededException', `A trigger names at most ${MAX_BRANCHES} branches.`);
    const badBranch = branches.find((branchName) => !checkBranchName({ branchName }));
    if (badBranch !== undefined)
      fail(
        'InvalidRepositoryTriggerBranchNameException',
        `${JSON.stringify(badBranch)} is not a valid branch name.`,
      );
    const events = trigger.events ?? [];
    if (events.length === 0)
      fail(
        'RepositoryTriggerEventsListRequiredException',
        `The trigger ${name} needs at least one event.`,
      );
    if (events.includes('all') && events.length > 1)
      fail(
        'InvalidRepositoryTriggerEventsException',
        `"all" already covers every event; name it alone (trigger ${name}).`,
      );
  }
  return triggers.map((trigger) => ({
    ...trigger,
    customData: trigger.customData ?? '',
    branches: trigger.branches ?? [],
  }));
};
