import {
  CreatePullRequestCommand,
  DeleteCommentContentCommand,
  DeletePullRequestApprovalRuleCommand,
  DescribePullRequestEventsCommand,
  GetPullRequestCommand,
  ListPullRequestsCommand,
  UpdatePullRequestDescriptionCommand,
  UpdatePullRequestStatusCommand,
  UpdatePullRequestTitleCommand,
  type CodeCommitClient,
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

/** Pull request ids in CodeCommit's order (newest first), and the token for the next page. */
export interface PullRequestIdsPage {
  pullRequestIds: string[];
  nextToken?: string;
}

/** One page of pull request ids (ListPullRequests). */
export async function listPullRequestIdsPage(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    pullRequestStatus?: PullRequestStatusEnum;
    authorArn?: string;
    maxResults: number;
    nextToken?: string;
  },
): Promise<PullRequestIdsPage> {
  const page = await codeCommit.call((client) => client.send(new ListPullRequestsCommand(input)));
  return {
    pullRequestIds: page.pullRequestIds ?? [],
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}

const closedKey = (pullRequestId: string) => `closed-pull-request\u0000${pullRequestId}`;

/**
 * GetPullRequest. A closed pull request, merged or not, can no longer change: CodeCommit refuses
 * to reopen, retitle, approve or edit the rules of one, and a push no longer moves it (only its
 * comments go on). So once seen closed it is served from the cache without a call.
 */
export async function getPullRequest(
  codeCommit: CodeCommit,
  pullRequestId: string,
): Promise<PullRequest> {
  const closed = codeCommit.cache.get<PullRequest>(closedKey(pullRequestId));
  if (closed) return closed;
  const output = await codeCommit.call((client) =>
    client.send(new GetPullRequestCommand({ pullRequestId })),
  );
  const pullRequest = required(output.pullRequest, 'a pull request');
  if (pullRequest.pullRequestStatus === 'CLOSED')
    codeCommit.cache.set(closedKey(pullRequestId), pullRequest);
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

/** What the signed-in user may do to pull requests, as IAM answers it. */
export interface PullRequestPermissions {
  /** Create, comment, approve, merge, edit: everything AWSCodeCommitPowerUser allows. */
  write: boolean;
  deleteComment: boolean;
  deleteApprovalRule: boolean;
}

const PROBE_PULL_REQUEST_ID = '0';

/**
 * Whether IAM let an attempt through. The attempt is made with input CodeCommit refuses after
 * authorizing (a pull request, comment, file or branch that cannot exist, a name it never
 * accepts), so the answer changes nothing. CodeCommit has no call that lists a caller's
 * permissions; IAM decides before the service looks at the input, so AccessDenied means no
 * and any other answer means yes. The attempt may be any gateway function.
 */
export async function isAttemptAllowed(attempt: () => Promise<unknown>): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch (error) {
    if (error instanceof GatewayError && error.status === 403) return false;
    if (error instanceof GatewayError) return true;
    throw error;
  }
}

/** Whether one SDK call is allowed: see isAttemptAllowed. */
export function isAllowed(
  codeCommit: CodeCommit,
  send: (client: CodeCommitClient) => Promise<unknown>,
): Promise<boolean> {
  return isAttemptAllowed(() => codeCommit.call(send));
}

/** Probes the three kinds of pull request write access, in parallel. */
export async function probePullRequestPermissions(
  codeCommit: CodeCommit,
): Promise<PullRequestPermissions> {
  const [write, deleteComment, deleteApprovalRule] = await Promise.all([
    isAllowed(codeCommit, (client) =>
      client.send(
        new UpdatePullRequestTitleCommand({ pullRequestId: PROBE_PULL_REQUEST_ID, title: 'probe' }),
      ),
    ),
    isAllowed(codeCommit, (client) =>
      client.send(new DeleteCommentContentCommand({ commentId: 'permission-probe' })),
    ),
    isAllowed(codeCommit, (client) =>
      client.send(
        new DeletePullRequestApprovalRuleCommand({
          pullRequestId: PROBE_PULL_REQUEST_ID,
          approvalRuleName: 'permission-probe',
        }),
      ),
    ),
  ]);
  return { write, deleteComment, deleteApprovalRule };
}
