import {
  CreatePullRequestCommand,
  DescribePullRequestEventsCommand,
  GetPullRequestCommand,
  ListPullRequestsCommand,
  UpdatePullRequestDescriptionCommand,
  UpdatePullRequestStatusCommand,
  UpdatePullRequestTitleCommand,
  type PullRequest,
  type PullRequestEvent,
  type PullRequestStatusEnum,
} from '@aws-sdk/client-codecommit';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';

export type { PullRequest, PullRequestEvent };

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new GatewayError(502, `CodeCommit answered without ${what}`);
  return value;
}

/** Every pull request id of a repository, newest first, page by page (ListPullRequests). */
export async function listPullRequestIds(
  codeCommit: CodeCommit,
  input: { repositoryName: string; pullRequestStatus?: PullRequestStatusEnum; authorArn?: string },
): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new ListPullRequestsCommand({ ...input, maxResults: 1000, nextToken })),
    );
    ids.push(...(page.pullRequestIds ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return ids;
}

const mergedKey = (pullRequestId: string) => `merged-pull-request\u0000${pullRequestId}`;

/**
 * GetPullRequest. A merged pull request can no longer change (it cannot be reopened, approved
 * or edited), so once seen merged it is served from the cache without a call.
 */
export async function getPullRequest(
  codeCommit: CodeCommit,
  pullRequestId: string,
): Promise<PullRequest> {
  const merged = codeCommit.cache.get<PullRequest>(mergedKey(pullRequestId));
  if (merged) return merged;
  const output = await codeCommit.call((client) =>
    client.send(new GetPullRequestCommand({ pullRequestId })),
  );
  const pullRequest = required(output.pullRequest, 'a pull request');
  if (pullRequest.pullRequestTargets?.every((target) => target.mergeMetadata?.isMerged))
    codeCommit.cache.set(mergedKey(pullRequestId), pullRequest);
  return pullRequest;
}

export async function createPullRequest(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    title: string;
    description?: string;
    sourceReference: string;
    destinationReference: string;
    clientRequestToken?: string;
  },
): Promise<PullRequest> {
  const { repositoryName, sourceReference, destinationReference, ...rest } = input;
  const output = await codeCommit.call((client) =>
    client.send(
      new CreatePullRequestCommand({
        ...rest,
        targets: [{ repositoryName, sourceReference, destinationReference }],
      }),
    ),
  );
  return required(output.pullRequest, 'a pull request');
}

export async function updatePullRequestTitle(
  codeCommit: CodeCommit,
  pullRequestId: string,
  title: string,
): Promise<PullRequest> {
  const output = await codeCommit.call((client) =>
    client.send(new UpdatePullRequestTitleCommand({ pullRequestId, title })),
  );
  return required(output.pullRequest, 'a pull request');
}

export async function updatePullRequestDescription(
  codeCommit: CodeCommit,
  pullRequestId: string,
  description: string,
): Promise<PullRequest> {
  const output = await codeCommit.call((client) =>
    client.send(new UpdatePullRequestDescriptionCommand({ pullRequestId, description })),
  );
  return required(output.pullRequest, 'a pull request');
}

export async function updatePullRequestStatus(
  codeCommit: CodeCommit,
  pullRequestId: string,
  pullRequestStatus: PullRequestStatusEnum,
): Promise<PullRequest> {
  const output = await codeCommit.call((client) =>
    client.send(new UpdatePullRequestStatusCommand({ pullRequestId, pullRequestStatus })),
  );
  return required(output.pullRequest, 'a pull request');
}

/** Every event of a pull request, oldest first (DescribePullRequestEvents, every page). */
export async function describePullRequestEvents(
  codeCommit: CodeCommit,
  pullRequestId: string,
): Promise<PullRequestEvent[]> {
  const events: PullRequestEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(
        new DescribePullRequestEventsCommand({ pullRequestId, maxResults: 100, nextToken }),
      ),
    );
    events.push(...(page.pullRequestEvents ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events.sort((a, b) => (a.eventDate?.getTime() ?? 0) - (b.eventDate?.getTime() ?? 0));
}
