const segment = (value: string) => encodeURIComponent(value);
const base = (repositoryName: string) => `/repositories/${segment(repositoryName)}/pull-requests`;

/** The conversation is the pull request's own address; `/activity` from before still lands there. */
export type PullRequestTab = 'overview' | 'changes' | 'commits';

/** Addresses of the pull request views: tab, file and diff options live in the URL. */
export const pullRequestPaths = {
  list: (repositoryName: string) => base(repositoryName),
  create: (repositoryName: string, sourceReference?: string, destinationReference?: string) => {
    const query = new URLSearchParams();
    if (sourceReference) query.set('source', sourceReference);
    if (destinationReference) query.set('destination', destinationReference);
    const search = query.toString();
    return `${base(repositoryName)}/new${search ? `?${search}` : ''}`;
  },
  pullRequest: (repositoryName: string, pullRequestId: string, tab: PullRequestTab = 'overview') =>
    `${base(repositoryName)}/${segment(pullRequestId)}${tab === 'overview' ? '' : `/${tab}`}`,
};
