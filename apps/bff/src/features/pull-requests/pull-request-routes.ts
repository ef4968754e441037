import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  createPullRequest,
  describePullRequestEvents,
  probePullRequestPermissions,
  updatePullRequestDescription,
  updatePullRequestStatus,
  updatePullRequestTitle,
} from '../../gateway/pull-requests.ts';
import { validate } from '../../middleware/validate.ts';
import { probedWithin } from '../permissions/routes.ts';
import { listPullRequestCommits } from './commits.ts';
import { listPullRequestPage } from './list.ts';
import { loadPullRequest, toPullRequestView } from './load.ts';
import { withApprovalRuleChanges } from './rule-changes.ts';
import {
  createPullRequestSchema,
  listPullRequestsQuerySchema,
  previewCommitsQuerySchema,
  pullRequestParamsSchema,
  updatePullRequestSchema,
} from './schemas.ts';

/** Pull requests of a repository: list, create, read, edit, close and reopen; events and commits. */
export const pullRequestRoutes = new Hono<AppEnv>()
  /**
   * One page of the list: `maxResults` (default 25, at most 100) pull requests from `nextToken`
   * on, with the token for the next page. Only that page's details are read (one ListPullRequests,
   * then GetPullRequest for each id, in parallel under a limit), so the first rows show at once
   * whatever the repository holds; "mine" is ListPullRequests' authorArn, so it costs no more.
   * Searching by title or author is the browser's work over the pages it has loaded.
   *
   * Closed pull requests, merged or not, are served from the cache: CodeCommit lets nothing on
   * them change but comments. Open ones are read again on every page: a new title, description,
   * approval rule or approval changes an open pull request without changing its revisionId,
   * so a cache keyed by revisionId would show a stale row, and only GetPullRequest can tell.
   */
  .get(
    '/:repositoryName/pull-requests',
    validate('param', repositoryParamsSchema),
    validate('query', listPullRequestsQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { pullRequestStatus, mine, maxResults, nextToken } = c.req.valid('query');
      const codeCommit = c.var.codeCommit;
      const authorArn = mine === 'true' ? codeCommit.callerArn : undefined;
      const page = await listPullRequestPage(codeCommit, {
        repositoryName,
        pullRequestStatus,
        maxResults,
        ...(authorArn ? { authorArn } : {}),
        ...(nextToken ? { nextToken } : {}),
      });
      return c.json(page);
    },
  )
  .post(
    '/:repositoryName/pull-requests',
    validate('param', repositoryParamsSchema),
    validate('json', createPullRequestSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const pullRequest = await createPullRequest(c.var.codeCommit, {
        repositoryName,
        ...c.req.valid('json'),
      });
      return c.json(
        { pullRequest: toPullRequestView(pullRequest, c.var.codeCommit.callerArn) },
        201,
      );
    },
  )
  /**
   * The commits a new pull request would bring, for the create page: the same walk as a pull
   * request's commits tab, between the ids the merge preview gave, so it never changes.
   */
  .get(
    '/:repositoryName/merge-preview/commits',
    validate('param', repositoryParamsSchema),
    validate('query', previewCommitsQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { sourceCommitId, destinationCommitId, baseCommitId } = c.req.valid('query');
      const result = await listPullRequestCommits(c.var.codeCommit, {
        repositoryName,
        sourceCommit: sourceCommitId,
        stopAt: [baseCommitId, destinationCommitId].filter(
          (commitId): commitId is string => !!commitId,
        ),
      });
      return c.json(result);
    },
  )
  .get(
    '/:repositoryName/pull-requests/permissions',
    validate('param', repositoryParamsSchema),
    async (c) => {
      // IAM policies change rarely; asking again every few minutes keeps the page honest.
      const permissions = await probedWithin(c.var.codeCommit, 'pull-requests', () =>
        probePullRequestPermissions(c.var.codeCommit),
      );
      return c.json(permissions);
    },
  )
  .get(
    '/:repositoryName/pull-requests/:pullRequestId',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { pullRequest } = await loadPullRequest(
        c.var.codeCommit,
        repositoryName,
        pullRequestId,
      );
      return c.json({ pullRequest: toPullRequestView(pullRequest, c.var.codeCommit.callerArn) });
    },
  )
  .patch(
    '/:repositoryName/pull-requests/:pullRequestId',
    validate('param', pullRequestParamsSchema),
    validate('json', updatePullRequestSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { title, description, pullRequestStatus } = c.req.valid('json');
      const codeCommit = c.var.codeCommit;
      let { pullRequest } = await loadPullRequest(codeCommit, repositoryName, pullRequestId);
      if (title !== undefined && title !== pullRequest.title)
        pullRequest = await updatePullRequestTitle(codeCommit, pullRequestId, title);
      if (description !== undefined && description !== (pullRequest.description ?? ''))
        pullRequest = await updatePullRequestDescription(codeCommit, pullRequestId, description);
      if (pullRequestStatus !== undefined && pullRequestStatus !== pullRequest.pullRequestStatus)
        pullRequest = await updatePullRequestStatus(codeCommit, pullRequestId, pullRequestStatus);
      return c.json({ pullRequest: toPullRequestView(pullRequest, codeCommit.callerArn) });
    },
  )
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/events',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      return c.json({
        pullRequestEvents: withApprovalRuleChanges(
          await describePullRequestEvents(c.var.codeCommit, pullRequestId),
        ),
      });
    },
  )
  .get(
    '/:repositoryName/pull-requests/:pullRequestId/commits',
    validate('param', pullRequestParamsSchema),
    async (c) => {
      const { repositoryName, pullRequestId } = c.req.valid('param');
      const { target } = await loadPullRequest(c.var.codeCommit, repositoryName, pullRequestId);
      const result = await listPullRequestCommits(c.var.codeCommit, {
        repositoryName,
        sourceCommit: target.sourceCommit,
        // A merged pull request's destination may hold its commits: stop at the merge base only.
        stopAt: [
          target.mergeBase,
          target.mergeMetadata?.isMerged ? undefined : target.destinationCommit,
        ].filter((commitId): commitId is string => !!commitId),
      });
      return c.json(result);
    },
  );
