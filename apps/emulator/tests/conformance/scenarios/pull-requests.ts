import type { Scenarios } from '../scenario.ts';

export const pullRequestScenarios: Scenarios = {
  CreatePullRequest: {
    valid: async (world) => {
      const sourceReference = await world.branch('opened');
      await world.commit(sourceReference, 'opened.txt', 'a change to review\n');
      return {
        title: 'Review this change',
        description: 'Opened by the conformance test.',
        targets: [
          { repositoryName: world.repositoryName, sourceReference, destinationReference: 'main' },
        ],
        clientRequestToken: world.unique('token'),
      };
    },
  },
  GetPullRequest: {
    valid: async (world) => ({ pullRequestId: (await world.sharedPullRequest()).pullRequestId }),
  },
  ListPullRequests: {
    valid: async (world) => {
      await world.sharedPullRequest();
      return { repositoryName: world.repositoryName, pullRequestStatus: 'OPEN', maxResults: 5 };
    },
  },
  UpdatePullRequestTitle: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      title: 'A retitled pull request',
    }),
  },
  UpdatePullRequestDescription: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      description: 'A new description.',
    }),
  },
  UpdatePullRequestStatus: {
    valid: async (world) => ({
      pullRequestId: (await world.pullRequest('closed')).pullRequestId,
      pullRequestStatus: 'CLOSED',
    }),
  },
  DescribePullRequestEvents: {
    valid: async (world) => ({
      pullRequestId: (await world.sharedPullRequest()).pullRequestId,
      maxResults: 50,
    }),
  },
};
