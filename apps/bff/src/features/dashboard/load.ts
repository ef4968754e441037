import type { PullRequest } from '@aws-sdk/client-codecommit';
import { inPool } from '@cc/shared/approval-pools';
import {
  evaluatePullRequestApprovalRules,
  getPullRequestApprovalStates,
} from '../../gateway/approvals.ts';
import { getCommentsForPullRequest } from '../../gateway/comments.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { createLimiter } from '../../gateway/limit.ts';
import { getPullRequest, listPullRequestIdsPage } from '../../gateway/pull-requests.ts';
import { listRepositories } from '../../gateway/repositories.ts';
import { isCallerArn } from '../pull-requests/identity.ts';
import { branchName } from '../pull-requests/load.ts';
import { fromRuleContent } from '../pull-requests/rule-content.ts';

/** Repositories read at once: each costs two ListPullRequests, then its pull requests. */
const REPOSITORIES_IN_FLIGHT = 4;
/** Closed pull requests read per repository for "recently merged" (one ListPullRequests page). */
const CLOSED_PER_REPOSITORY = 10;
const RECENTLY_MERGED = 20;

/** One pull request on the dashboard. */
export interface DashboardPullRequest {
  repositoryName: string;
  pullRequestId: string;
  title: string;
  authorArn: string;
  sourceReference: string;
  destinationReference: string;
  lastActivityDate?: Date;
  /** Open ones: whether the rules are met (or there are none), and how many are not. */
  approval?: { approved: boolean; overridden: boolean; rulesNotMet: number; ruleCount: number };
  /** The caller's own open ones: when others commented, for "new since you last looked". */
  othersCommentDates?: Date[];
}

export interface Dashboard {
  awaitingMyApproval: DashboardPullRequest[];
  mine: DashboardPullRequest[];
  recentlyMerged: DashboardPullRequest[];
  /** Repositories whose pull requests could not be listed (IAM refused, say), with why. */
  skipped: { repositoryName: string; error: string }[];
}

type OpenFacts = {
  approval: NonNullable<DashboardPullRequest['approval']>;
  awaitsCaller: boolean;
  othersCommentDates?: Date[];
};

function row(repositoryName: string, pullRequest: PullRequest): DashboardPullRequest {
  const target = pullRequest.pullRequestTargets?.[0];
  return {
    repositoryName,
    pullRequestId: pullRequest.pullRequestId ?? '',
    title: pullRequest.title ?? '',
    authorArn: pullRequest.authorArn ?? '',
    sourceReference: branchName(target?.sourceReference),
    destinationReference: branchName(target?.destinationReference),
    ...(pullRequest.lastActivityDate ? { lastActivityDate: pullRequest.lastActivityDate } : {}),
  };
}

/**
 * What an open pull request asks of the caller. Approvals and rule evaluations can change
 * without a new revision, but each of them records an event, which moves lastActivityDate: the
 * approval part is kept per user under the revision id and that date, so a quiet pull request
 * costs nothing twice. Comments are read every time for the caller's own pull requests only:
 * CodeCommit does not document that a comment moves lastActivityDate.
 */
async function openFacts(codeCommit: CodeCommit, pullRequest: PullRequest): Promise<OpenFacts> {
  const pullRequestId = pullRequest.pullRequestId ?? '';
  const revisionId = pullRequest.revisionId ?? '';
  const mine = isCallerArn(pullRequest.authorArn, codeCommit.callerArn);
  const key = `dashboard\u0000${pullRequestId}\u0000${revisionId}\u0000${pullRequest.lastActivityDate?.toISOString() ?? ''}`;
  const [approvalFacts, threads] = await Promise.all([
    codeCommit.cache.getOrLoad(key, () => approvalFactsOf(codeCommit, pullRequest)),
    mine
      ? getCommentsForPullRequest(codeCommit, {
          pullRequestId,
          repositoryName: pullRequest.pullRequestTargets?.[0]?.repositoryName ?? '',
        })
      : Promise.resolve([]),
  ]);
  return {
    ...approvalFacts,
    awaitsCaller: !mine && approvalFacts.callerInPool && !approvalFacts.approvedByCaller,
    ...(mine
      ? {
          othersCommentDates: threads
            .flatMap((thread) => thread.comments ?? [])
            .filter((comment) => !isCallerArn(comment.authorArn, codeCommit.callerArn))
            .map((comment) => comment.creationDate)
            .filter((date): date is Date => !!date),
        }
      : {}),
  };
}

async function approvalFactsOf(codeCommit: CodeCommit, pullRequest: PullRequest) {
  const rules = pullRequest.approvalRules ?? [];
  const revision = {
    pullRequestId: pullRequest.pullRequestId ?? '',
    revisionId: pullRequest.revisionId ?? '',
  };
  // The evaluation says whether the rules were overridden; who did it is not shown here.
  const [approvals, evaluation] = await Promise.all([
    getPullRequestApprovalStates(codeCommit, revision),
    evaluatePullRequestApprovalRules(codeCommit, revision),
  ]);
  const notMet = evaluation.approvalRulesNotSatisfied?.length ?? 0;
  return {
    approval: {
      approved: rules.length === 0 || (evaluation.approved ?? false),
      overridden: evaluation.overridden ?? false,
      rulesNotMet: notMet,
      ruleCount: rules.length,
    },
    approvedByCaller: approvals.some(
      (approval) =>
        approval.approvalState === 'APPROVE' && isCallerArn(approval.userArn, codeCommit.callerArn),
    ),
    // In a rule's pool: an explicit member matching the caller. A rule with no pool lets anyone
    // approve, which is not asking this person in particular.
    callerInPool: rules.some((rule) =>
      (fromRuleContent(rule.approvalRuleContent)?.approvalPoolMembers ?? []).some((member) =>
        inPool(member, codeCommit.callerArn),
      ),
    ),
  };
}

async function loadRepository(codeCommit: CodeCommit, repositoryName: string) {
  const [open, closed] = await Promise.all([
    listPullRequestIdsPage(codeCommit, {
      repositoryName,
      pullRequestStatus: 'OPEN',
      maxResults: 100,
    }),
    listPullRequestIdsPage(codeCommit, {
      repositoryName,
      pullRequestStatus: 'CLOSED',
      maxResults: CLOSED_PER_REPOSITORY,
    }),
  ]);
  const [openPullRequests, closedPullRequests] = await Promise.all([
    Promise.all(open.pullRequestIds.map((id) => getPullRequest(codeCommit, id))),
    // Closed pull requests come from the cache after their first read: they cannot change.
    Promise.all(closed.pullRequestIds.map((id) => getPullRequest(codeCommit, id))),
  ]);
  const openRows = await Promise.all(
    openPullRequests.map(async (pullRequest) => {
      const facts = await openFacts(codeCommit, pullRequest);
      return {
        facts,
        row: {
          ...row(repositoryName, pullRequest),
          approval: facts.approval,
          ...(facts.othersCommentDates ? { othersCommentDates: facts.othersCommentDates } : {}),
        },
        mine: isCallerArn(pullRequest.authorArn, codeCommit.callerArn),
      };
    }),
  );
  return {
    openRows,
    merged: closedPullRequests
      .filter((pullRequest) => pullRequest.pullRequestTargets?.[0]?.mergeMetadata?.isMerged)
      .map((pullRequest) => row(repositoryName, pullRequest)),
  };
}

const newestFirst = (a: DashboardPullRequest, b: DashboardPullRequest) =>
  (b.lastActivityDate?.getTime() ?? 0) - (a.lastActivityDate?.getTime() ?? 0);

/**
 * The signed-in person's pull requests across every repository they can read: ListRepositories,
 * then per repository (a few at a time; every call also waits its turn under the gateway's
 * limit) ListPullRequests for open ones and a page of closed ones, GetPullRequest for each, and
 * for open ones their approvals (GetPullRequestApprovalStates and EvaluatePullRequestApprovalRules)
 * and, for the caller's own, their comments.
 */
export async function loadDashboard(codeCommit: CodeCommit): Promise<Dashboard> {
  const repositories = await listRepositories(codeCommit);
  const limit = createLimiter(REPOSITORIES_IN_FLIGHT);
  const skipped: Dashboard['skipped'] = [];
  const loaded = await Promise.all(
    repositories.map((repository) =>
      limit(async () => {
        const repositoryName = repository.repositoryName ?? '';
        try {
          return await loadRepository(codeCommit, repositoryName);
        } catch (error) {
          skipped.push({
            repositoryName,
            error: error instanceof Error ? error.message : String(error),
          });
          return { openRows: [], merged: [] };
        }
      }),
    ),
  );
  const openRows = loaded.flatMap((repository) => repository.openRows);
  return {
    awaitingMyApproval: openRows
      .filter((entry) => entry.facts.awaitsCaller)
      .map((entry) => entry.row)
      .sort(newestFirst),
    mine: openRows
      .filter((entry) => entry.mine)
      .map((entry) => entry.row)
      .sort(newestFirst),
    recentlyMerged: loaded
      .flatMap((repository) => repository.merged)
      .sort(newestFirst)
      .slice(0, RECENTLY_MERGED),
    skipped: skipped.sort((a, b) => a.repositoryName.localeCompare(b.repositoryName)),
  };
}
