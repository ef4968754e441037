import { PutRepositoryTriggersCommand, type RepositoryTrigger } from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import { accountId, type World } from '../world.ts';

const triggers: RepositoryTrigger[] = [
  {
    name: 'notify-main',
    destinationArn: `arn:aws:sns:us-east-1:${accountId}:conformance`,
    customData: 'from the conformance test',
    branches: ['main'],
    events: ['updateReference', 'createReference'],
  },
  {
    name: 'every-event',
    destinationArn: `arn:aws:lambda:us-east-1:${accountId}:function:conformance`,
    branches: [],
    events: ['all'],
  },
];

const withTriggers = async (world: World) => {
  await world
    .client()
    .send(new PutRepositoryTriggersCommand({ repositoryName: world.repositoryName, triggers }));
  return { repositoryName: world.repositoryName };
};

export const triggerScenarios: Scenarios = {
  PutRepositoryTriggers: {
    valid: async (world) => ({ repositoryName: world.repositoryName, triggers }),
  },
  GetRepositoryTriggers: { valid: withTriggers },
  TestRepositoryTriggers: {
    valid: async (world) => ({ repositoryName: world.repositoryName, triggers }),
  },
};
