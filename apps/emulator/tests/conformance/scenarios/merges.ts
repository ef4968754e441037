import type { Scenarios } from '../scenario.ts';
import type { World } from '../world.ts';

const author = { authorName: 'Conformance', email: 'conformance@example.com' };

/** A merge of a fresh diverged pair of branches, as input. */
const branchMerge = async (world: World, prefix: string) => {
  const pair = await world.branchPair(prefix, 'diverged');
  return {
    repositoryName: world.repositoryName,
    sourceCommitSpecifier: pair.source,
    destinationCommitSpecifier: pair.destination,
    commitMessage: `Merge ${pair.source}`,
    ...author,
  };
};

const intoDestination = async (merge: ReturnType<typeof branchMerge>) => {
  const input = await merge;
  return { ...input, targetBranch: input.destinationCommitSpecifier };
};

/** Reads the shared conflict between two branches. */
const conflict = async (world: World) => {
  const pair = await world.sharedConflict();
  return {
    repositoryName: world.repositoryName,
    sourceCommitSpecifier: pair.source,
    destinationCommitSpecifier: pair.destination,
    mergeOption: 'THREE_WAY_MERGE',
  };
};

const pullRequestMerge = async (world: World, prefix: string, kind: 'ahead' | 'diverged') => {
  const pair = await world.branchPair(prefix, kind);
  const { pullRequestId, sourceCommit } = await world.pullRequest(prefix, pair);
  return { pullRequestId, repositoryName: world.repositoryName, sourceCommitId: sourceCommit };
};

export const mergeScenarios: Scenarios = {
  GetMergeCommit: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      sourceCommitSpecifier: 'feature',
      destinationCommitSpecifier: 'main',
    }),
  },
  GetMergeOptions: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      sourceCommitSpecifier: 'feature',
      destinationCommitSpecifier: 'main',
      conflictDetailLevel: 'LINE_LEVEL',
    }),
  },
  GetMergeConflicts: {
    valid: async (world) => ({
      ...(await conflict(world)),
      conflictDetailLevel: 'LINE_LEVEL',
      maxConflictFiles: 10,
    }),
  },
  DescribeMergeConflicts: {
    valid: async (world) => ({
      ...(await conflict(world)),
      filePath: 'lines.txt',
      maxMergeHunks: 10,
    }),
  },
  BatchDescribeMergeConflicts: {
    valid: async (world) => ({
      ...(await conflict(world)),
      conflictDetailLevel: 'LINE_LEVEL',
      maxMergeHunks: 10,
      maxConflictFiles: 10,
    }),
  },
  CreateUnreferencedMergeCommit: {
    valid: async (world) => ({
      ...(await branchMerge(world, 'unreferenced')),
      mergeOption: 'THREE_WAY_MERGE',
    }),
  },
  MergeBranchesByFastForward: {
    valid: async (world) => {
      const pair = await world.branchPair('fast-forward', 'ahead');
      return {
        repositoryName: world.repositoryName,
        sourceCommitSpecifier: pair.source,
        destinationCommitSpecifier: pair.destination,
        targetBranch: pair.destination,
      };
    },
  },
  MergeBranchesBySquash: { valid: (world) => intoDestination(branchMerge(world, 'squash')) },
  MergeBranchesByThreeWay: {
    valid: (world) => intoDestination(branchMerge(world, 'three-way')),
  },
  MergePullRequestByFastForward: {
    valid: (world) => pullRequestMerge(world, 'pr-fast-forward', 'ahead'),
  },
  MergePullRequestBySquash: {
    valid: async (world) => ({
      ...(await pullRequestMerge(world, 'pr-squash', 'diverged')),
      commitMessage: 'Squash the pull request',
      ...author,
    }),
  },
  MergePullRequestByThreeWay: {
    valid: async (world) => ({
      ...(await pullRequestMerge(world, 'pr-three-way', 'diverged')),
      commitMessage: 'Merge the pull request',
      ...author,
    }),
  },
};
