import { GetFileCommand } from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import type { World } from '../world.ts';

const blobIdOf = async (world: World, commitSpecifier: string): Promise<string> => {
  const { blobId } = await world.client().send(
    new GetFileCommand({
      repositoryName: world.repositoryName,
      commitSpecifier,
      filePath: 'lines.txt',
    }),
  );
  return blobId ?? '';
};

export const codeScenarios: Scenarios = {
  CreateBranch: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      branchName: world.unique('created'),
      commitId: world.mainTip,
    }),
  },
  GetBranch: {
    valid: async (world) => ({ repositoryName: world.repositoryName, branchName: 'feature' }),
    invalid: { repositoryName: 'conformance', branchName: 'no-such-branch' },
  },
  ListBranches: { valid: async (world) => ({ repositoryName: world.repositoryName }) },
  DeleteBranch: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      branchName: await world.branch('deleted'),
    }),
  },
  GetFile: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      commitSpecifier: 'main',
      filePath: 'lines.txt',
    }),
  },
  GetFolder: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      commitSpecifier: 'main',
      folderPath: '/',
    }),
  },
  GetBlob: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      blobId: await blobIdOf(world, 'main'),
    }),
  },
  GetBlobDifferences: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      beforeBlobId: await blobIdOf(world, world.mainTip),
      afterBlobId: await blobIdOf(world, world.featureTip),
      contextLines: 2,
    }),
  },
  PutFile: {
    valid: async (world) => {
      const branchName = await world.branch('put-file');
      return {
        repositoryName: world.repositoryName,
        branchName,
        filePath: 'src/put.txt',
        fileContent: Buffer.from('put by the conformance test\n').toString('base64'),
        fileMode: 'NORMAL',
        parentCommitId: world.mainTip,
        commitMessage: 'Put a file',
        name: 'Conformance',
        email: 'conformance@example.com',
      };
    },
  },
  DeleteFile: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      branchName: await world.branch('delete-file'),
      filePath: 'docs/guide.md',
      parentCommitId: world.mainTip,
      commitMessage: 'Delete the guide',
    }),
  },
  CreateCommit: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      branchName: await world.branch('create-commit'),
      parentCommitId: world.mainTip,
      authorName: 'Conformance',
      email: 'conformance@example.com',
      commitMessage: 'Change three files at once',
      putFiles: [
        { filePath: 'src/new.txt', fileContent: Buffer.from('new\n').toString('base64') },
        { filePath: 'src/tool.sh', fileContent: Buffer.from('#!/bin/sh\n').toString('base64') },
      ],
      deleteFiles: [{ filePath: 'docs/usage.md' }],
      setFileModes: [{ filePath: 'README.md', fileMode: 'EXECUTABLE' }],
    }),
  },
  GetCommit: {
    valid: async (world) => ({ repositoryName: world.repositoryName, commitId: world.featureTip }),
  },
  BatchGetCommits: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      commitIds: [world.mainTip, world.featureTip, '0'.repeat(40)],
    }),
  },
  GetDifferences: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      beforeCommitSpecifier: world.mainTip,
      afterCommitSpecifier: 'feature',
      MaxResults: 10,
    }),
  },
  ListFileCommitHistory: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      commitSpecifier: 'feature',
      filePath: 'lines.txt',
      maxResults: 10,
    }),
  },
};
