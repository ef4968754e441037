import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import { accountId, type World } from '../world.ts';

const arnOf = (repositoryName: string): string =>
  `arn:aws:codecommit:us-east-1:${accountId}:${repositoryName}`;

/** A repository of its own, for scenarios that rename or delete one. */
const ownRepository = async (world: World, prefix: string): Promise<string> => {
  const repositoryName = world.unique(prefix);
  await world.client().send(new CreateRepositoryCommand({ repositoryName }));
  return repositoryName;
};

export const repositoryScenarios: Scenarios = {
  CreateRepository: {
    valid: async (world) => ({
      repositoryName: world.unique('created'),
      repositoryDescription: 'Made by the conformance test.',
      tags: { team: 'conformance' },
    }),
  },
  GetRepository: { valid: async (world) => ({ repositoryName: world.repositoryName }) },
  BatchGetRepositories: {
    valid: async (world) => ({ repositoryNames: [world.repositoryName, 'no-such-repository'] }),
  },
  ListRepositories: {
    valid: async () => ({ sortBy: 'repositoryName', order: 'ascending' }),
    invalid: { sortBy: 'size' },
  },
  DeleteRepository: {
    valid: async (world) => ({ repositoryName: await ownRepository(world, 'deleted') }),
  },
  UpdateRepositoryName: {
    valid: async (world) => ({
      oldName: await ownRepository(world, 'renamed-from'),
      newName: world.unique('renamed-to'),
    }),
  },
  UpdateRepositoryDescription: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      repositoryDescription: 'The conformance test repository.',
    }),
  },
  UpdateRepositoryEncryptionKey: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      kmsKeyId: 'alias/aws/codecommit',
    }),
  },
  UpdateDefaultBranch: {
    valid: async (world) => ({ repositoryName: world.repositoryName, defaultBranchName: 'main' }),
  },
  TagResource: {
    valid: async (world) => ({
      resourceArn: arnOf(world.repositoryName),
      tags: { stage: 'test', owner: 'conformance' },
    }),
  },
  UntagResource: {
    valid: async (world) => ({ resourceArn: arnOf(world.repositoryName), tagKeys: ['owner'] }),
  },
  ListTagsForResource: {
    valid: async (world) => ({ resourceArn: arnOf(world.repositoryName) }),
  },
};
