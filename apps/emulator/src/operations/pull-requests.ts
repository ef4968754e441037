import type {
  CreatePullRequestInput,
  CreatePullRequestOutput,
  DescribePullRequestEventsInput,
  DescribePullRequestEventsOutput,
  GetPullRequestInput,
  GetPullRequestOutput,
  ListPullRequestsInput,
  ListPullRequestsOutput,
  UpdatePullRequestDescriptionInput,
  UpdatePullRequestDescriptionOutput,
  UpdatePullRequestStatusInput,
  UpdatePullRequestStatusOutput,
  UpdatePullRequestTitleInput,
  UpdatePullRequestTitleOutput,
} from '@aws-sdk/client-codecommit';
import type { Handler, OperationTable } from './types.ts';
import { fail } from '../protocol/errors.ts';
import { requireExistingIdentityArn } from '../pull-requests/arn.ts';
import { createPullRequest } from '../pull-requests/create-pull-request.ts';
import { listPullRequestEvents, recordPullRequestEvent } from '../pull-requests/events.ts';
import { pageOfResults } from '../pull-requests/page.ts';
import { listPullRequestIds, updatePullRequest } from '../pull-requests/pull-request-store.ts';
import { reconcileRepository } from '../pull-requests/reconcile.ts';
import { requirePullRequest } from '../pull-requests/require-pull-request.ts';
import { toPullRequest } from '../pull-requests/to-pull-request.ts';

const CreatePullRequest: Handler<CreatePullRequestInput, CreatePullRequestOutput> = async (
  input,
  ctx,
) => ({
  pullRequest: toPullRequest(ctx, await createPullRequest(ctx, input)),
});

const GetPullRequest: Handler<GetPullRequestInput, GetPullRequestOutput> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  return { pullRequest: toPullRequest(ctx, pullRequest) };
};

const ListPullRequests: Handler<ListPullRequestsInput, ListPullRequestsOutput> = async (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const authorArn = requireExistingIdentityArn(ctx, input.authorArn, {
    invalid: 'InvalidAuthorArnException',
    unknown: 'AuthorDoesNotExistException',
  });
  await reconcileRepository(ctx, repository.repositoryId);
  const ids = listPullRequestIds(ctx.db, {
    repositoryId: repository.repositoryId,
    authorArn,
    pullRequestStatus: input.pullRequestStatus,
  });
  const page = pageOfResults(ids, {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 1000,
    query: `pull-requests/${repository.repositoryId}/${authorArn ?? ''}/${input.pullRequestStatus ?? ''}`,
  });
  return { pullRequestIds: page.items, nextToken: page.nextToken };
};

const UpdatePullRequestTitle: Handler<
  UpdatePullRequestTitleInput,
  UpdatePullRequestTitleOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  const updated = updatePullRequest(ctx.db, pullRequest.pullRequestId, {
    title: input.title ?? '',
    lastActivityDate: new Date(),
  });
  return { pullRequest: toPullRequest(ctx, updated) };
};

const UpdatePullRequestDescription: Handler<
  UpdatePullRequestDescriptionInput,
  UpdatePullRequestDescriptionOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '', { open: true });
  const updated = updatePullRequest(ctx.db, pullRequest.pullRequestId, {
    description: input.description ?? '',
    lastActivityDate: new Date(),
  });
  return { pullRequest: toPullRequest(ctx, updated) };
};

/** CodeCommit only ever closes a pull request: OPEN to OPEN and CLOSED to CLOSED change nothing, CLOSED to OPEN is refused. */
const UpdatePullRequestStatus: Handler<
  UpdatePullRequestStatusInput,
  UpdatePullRequestStatusOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  const status = input.pullRequestStatus;
  if (pullRequest.pullRequestStatus === 'CLOSED' && status === 'OPEN') {
    fail(
      'InvalidPullRequestStatusUpdateException',
      `Pull request ${pullRequest.pullRequestId} is closed and cannot be reopened.`,
    );
  }
  if (status === 'CLOSED' && pullRequest.pullRequestStatus === 'OPEN') {
    ctx.db.transaction(() => {
      updatePullRequest(ctx.db, pullRequest.pullRequestId, { pullRequestStatus: 'CLOSED' });
      recordPullRequestEvent(ctx.db, {
        pullRequestId: pullRequest.pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_STATUS_CHANGED',
        actorArn: ctx.caller.arn,
        metadata: { pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' } },
      });
    })();
  }
  const { pullRequest: current } = await requirePullRequest(ctx, pullRequest.pullRequestId);
  return { pullRequest: toPullRequest(ctx, current) };
};

const DescribePullRequestEvents: Handler<
  DescribePullRequestEventsInput,
  DescribePullRequestEventsOutput
> = async (input, ctx) => {
  const { pullRequest } = await requirePullRequest(ctx, input.pullRequestId ?? '');
  const actorArn = requireExistingIdentityArn(ctx, input.actorArn, {
    invalid: 'InvalidActorArnException',
    unknown: 'ActorDoesNotExistException',
  });
  const events = listPullRequestEvents(ctx.db, {
    pullRequestId: pullRequest.pullRequestId,
    pullRequestEventType: input.pullRequestEventType,
    actorArn,
  });
  const page = pageOfResults(events, {
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    limit: 100,
    query: `pull-request-events/${pullRequest.pullRequestId}/${input.pullRequestEventType ?? ''}/${actorArn ?? ''}`,
  });
  return { pullRequestEvents: page.items, nextToken: page.nextToken };
};

export const pullRequestOperations: OperationTable = {
  CreatePullRequest,
  GetPullRequest,
  ListPullRequests,
  UpdatePullRequestTitle,
  UpdatePullRequestDescription,
  UpdatePullRequestStatus,
  DescribePullRequestEvents,
};
