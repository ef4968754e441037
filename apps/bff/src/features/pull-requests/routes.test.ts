import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { caller, seedRepository } from './review-fixture.ts';

let console_: TestConsole;
let call: ReturnType<typeof caller>;
let workDir: string;
let featureCommit: string;
const repo = '/api/repositories/review';

beforeAll(async () => {
  console_ = await startTestConsole();
  call = caller(console_);
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-review-'));
  const { commitIds } = await seedRepository(console_, workDir, 'review', [
    { branch: 'main', files: { 'notes.md': 'one\ntwo\nthree\n' }, message: 'Start notes' },
    {
      branch: 'feature/notes',
      files: { 'notes.md': 'one\nTWO\nthree\nfour\n' },
      message: 'Shout the second line',
    },
  ]);
  featureCommit = commitIds[1] ?? '';
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

let pullRequestId = '';
let revisionId = '';
let destinationCommit = '';

describe('pull requests', () => {
  it('creates a pull request and lists it with its status, for everyone and as "mine"', async () => {
    const created = await call('developer', 'POST', `${repo}/pull-requests`, {
      title: 'Shout the second line',
      description: 'It matters **more**.',
      sourceReference: 'feature/notes',
      destinationReference: 'main',
    });
    expect(created.status).toBe(201);
    const pullRequest = created.body.pullRequest as {
      pullRequestId: string;
      revisionId: string;
      callerIsAuthor: boolean;
      pullRequestTargets: { sourceCommit: string; destinationCommit: string }[];
    };
    expect(pullRequest.callerIsAuthor).toBe(true);
    expect(pullRequest.pullRequestTargets[0]?.sourceCommit).toBe(featureCommit);
    pullRequestId = pullRequest.pullRequestId;
    revisionId = pullRequest.revisionId;
    destinationCommit = pullRequest.pullRequestTargets[0]?.destinationCommit ?? '';

    const listed = await call('reader', 'GET', `${repo}/pull-requests?pullRequestStatus=ALL`);
    expect(listed.body.pullRequests).toEqual([
      expect.objectContaining({
        pullRequestId,
        title: 'Shout the second line',
        pullRequestStatus: 'OPEN',
        sourceReference: 'feature/notes',
        destinationReference: 'main',
        isMerged: false,
      }),
    ]);
    const mine = await call('developer', 'GET', `${repo}/pull-requests?mine=true`);
    expect((mine.body.pullRequests as unknown[]).length).toBe(1);
    const notAdmins = await call('admin', 'GET', `${repo}/pull-requests?mine=true`);
    expect(notAdmins.body.pullRequests).toEqual([]);
  });

  it('shows the events and the commits the pull request brings', async () => {
    const events = await call('reader', 'GET', `${repo}/pull-requests/${pullRequestId}/events`);
    expect(
      (events.body.pullRequestEvents as { pullRequestEventType: string }[]).map(
        (event) => event.pullRequestEventType,
      ),
    ).toContain('PULL_REQUEST_CREATED');
    const commits = await call('reader', 'GET', `${repo}/pull-requests/${pullRequestId}/commits`);
    expect(
      (commits.body.commits as { commitId: string; message: string }[]).map((c) => c.commitId),
    ).toEqual([featureCommit]);
    expect(commits.body.truncated).toBe(false);
  });

  it('refuses a malformed id with 400 and an unknown one with 404', async () => {
    const malformed = await call('reader', 'GET', `${repo}/pull-requests/abc`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^pullRequestId: /);
    const unknown = await call('reader', 'GET', `${repo}/pull-requests/999999`);
    expect(unknown.status).toBe(404);
    const noTitle = await call('developer', 'POST', `${repo}/pull-requests`, {
      title: '  ',
      sourceReference: 'feature/notes',
      destinationReference: 'main',
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error).toMatch(/^title: /);
  });
});

describe('comments', () => {
  let commentId = '';

  it('comments on a line, replies, reacts and shows whose each comment is', async () => {
    const posted = await call('admin', 'POST', `${repo}/pull-requests/${pullRequestId}/comments`, {
      content: 'Why *shout*?',
      beforeCommitId: destinationCommit,
      afterCommitId: featureCommit,
      location: { filePath: 'notes.md', filePosition: 2, relativeFileVersion: 'AFTER' },
    });
    expect(posted.status).toBe(201);
    commentId = (posted.body.comment as { commentId: string }).commentId;
    const replied = await call('developer', 'POST', `${repo}/comments/${commentId}/replies`, {
      content: 'Because it matters.',
    });
    expect(replied.status).toBe(201);
    const reacted = await call('developer', 'PUT', `${repo}/comments/${commentId}/reaction`, {
      reactionValue: ':thumbsup:',
    });
    expect(reacted.status).toBe(200);
    const whole = await call(
      'developer',
      'POST',
      `${repo}/pull-requests/${pullRequestId}/comments`,
      {
        content: 'Ready for review.',
        beforeCommitId: destinationCommit,
        afterCommitId: featureCommit,
      },
    );
    expect(whole.status).toBe(201);

    const listed = await call(
      'developer',
      'GET',
      `${repo}/pull-requests/${pullRequestId}/comments`,
    );
    const comments = listed.body.comments as {
      commentId: string;
      content: string;
      inReplyTo?: string;
      callerIsAuthor: boolean;
      location?: { filePath: string; filePosition: number };
      afterCommitId: string;
      reactionCounts?: Record<string, number>;
      callerReactions?: string[];
    }[];
    expect(comments.map((comment) => comment.content)).toEqual([
      'Why *shout*?',
      'Because it matters.',
      'Ready for review.',
    ]);
    expect(comments[0]).toMatchObject({
      callerIsAuthor: false,
      afterCommitId: featureCommit,
      location: { filePath: 'notes.md', filePosition: 2 },
    });
    expect(Object.values(comments[0]?.reactionCounts ?? {})).toEqual([1]);
    expect(comments[0]?.callerReactions?.length).toBe(1);
    expect(comments[1]).toMatchObject({ inReplyTo: commentId, callerIsAuthor: true });
    expect(comments[2]?.location).toBeUndefined();
  });

  it("edits and deletes one's own comment, and refuses someone else's with AWS's message", async () => {
    const refused = await call('developer', 'PATCH', `${repo}/comments/${commentId}`, {
      content: 'Hijacked',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CommentNotCreatedByCallerException');
    const edited = await call('admin', 'PATCH', `${repo}/comments/${commentId}`, {
      content: 'Why shout?',
    });
    expect((edited.body.comment as { content: string }).content).toBe('Why shout?');
    const deleted = await call('admin', 'DELETE', `${repo}/comments/${commentId}`);
    expect((deleted.body.comment as { deleted: boolean }).deleted).toBe(true);
    const empty = await call('admin', 'POST', `${repo}/comments/${commentId}/replies`, {
      content: '   ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('content: content is required');
  });

  it("refuses the reader's comment with AWS's message", async () => {
    const refused = await call(
      'reader',
      'POST',
      `${repo}/pull-requests/${pullRequestId}/comments`,
      {
        content: 'Looks fine',
        beforeCommitId: destinationCommit,
        afterCommitId: featureCommit,
      },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('codecommit:PostCommentForPullRequest');
  });
});

describe('approvals', () => {
  const approvals = () =>
    call('developer', 'GET', `${repo}/pull-requests/${pullRequestId}/approvals`);

  it('creates a rule with a pool, and shows it unmet until a pool member approves', async () => {
    const created = await call(
      'developer',
      'POST',
      `${repo}/pull-requests/${pullRequestId}/approval-rules`,
      {
        approvalRuleName: 'Admin approves',
        numberOfApprovalsNeeded: 1,
        approvalPoolMembers: ['CodeCommitApprovers:*:admin'],
      },
    );
    expect(created.status).toBe(201);
    let state = await approvals();
    expect(state.body.rules).toEqual([
      expect.objectContaining({
        approvalRuleName: 'Admin approves',
        satisfied: false,
        fields: {
          numberOfApprovalsNeeded: 1,
          approvalPoolMembers: ['CodeCommitApprovers:*:admin'],
        },
      }),
    ]);
    expect(state.body.evaluation).toMatchObject({ approved: false });

    const byAuthor = await call(
      'developer',
      'PUT',
      `${repo}/pull-requests/${pullRequestId}/approval`,
      {
        revisionId,
        approvalState: 'APPROVE',
      },
    );
    expect(byAuthor.status).toBe(403);
    const approved = await call('admin', 'PUT', `${repo}/pull-requests/${pullRequestId}/approval`, {
      revisionId,
      approvalState: 'APPROVE',
    });
    expect(approved.status).toBe(200);
    state = await approvals();
    expect(state.body.evaluation).toMatchObject({ approved: true });
    expect(state.body.rules).toEqual([expect.objectContaining({ satisfied: true })]);
    const list = await call('reader', 'GET', `${repo}/pull-requests`);
    expect(list.body.pullRequests).toEqual([
      expect.objectContaining({ approval: expect.objectContaining({ approved: true }) }),
    ]);
  });

  it('edits a rule, needs a reason to override, and deletes the rule as IAM allows', async () => {
    const url = `${repo}/pull-requests/${pullRequestId}/approval-rules/Admin%20approves`;
    const edited = await call('developer', 'PUT', url, {
      numberOfApprovalsNeeded: 2,
      approvalPoolMembers: [],
    });
    expect(edited.status).toBe(200);
    expect((await approvals()).body.evaluation).toMatchObject({ approved: false });

    const override = `${repo}/pull-requests/${pullRequestId}/override`;
    const noReason = await call('admin', 'PUT', override, {
      revisionId,
      overrideStatus: 'OVERRIDE',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatch(/^reason: /);
    const overridden = await call('admin', 'PUT', override, {
      revisionId,
      overrideStatus: 'OVERRIDE',
      reason: 'Hotfix for the outage',
    });
    expect(overridden.status).toBe(200);
    const state = await approvals();
    expect(state.body.evaluation).toMatchObject({ approved: true, overridden: true });
    expect(state.body.overriddenBy).toMatch(/user\/admin$/);
    const comments = await call('reader', 'GET', `${repo}/pull-requests/${pullRequestId}/comments`);
    expect(JSON.stringify(comments.body)).toContain('Hotfix for the outage');

    const badPool = await call('developer', 'PUT', url, {
      numberOfApprovalsNeeded: 1,
      approvalPoolMembers: ['admin'],
    });
    expect(badPool.status).toBe(400);
    expect(badPool.body.error).toMatch(/^approvalPoolMembers\.0: /);
    // AWSCodeCommitPowerUser may create and edit rules but not delete them.
    const refused = await call('developer', 'DELETE', url);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('codecommit:DeletePullRequestApprovalRule');
    const deleted = await call('admin', 'DELETE', url);
    expect(deleted.status).toBe(200);
    expect((await approvals()).body.rules).toEqual([]);

    const events = await call('reader', 'GET', `${repo}/pull-requests/${pullRequestId}/events`);
    const changes = (
      events.body.pullRequestEvents as {
        pullRequestEventType: string;
        approvalRuleChange?: {
          before: { numberOfApprovalsNeeded: number } | null;
          after: { numberOfApprovalsNeeded: number } | null;
        };
      }[]
    )
      .filter((event) => event.approvalRuleChange)
      .map((event) => [
        event.pullRequestEventType,
        event.approvalRuleChange?.before?.numberOfApprovalsNeeded ?? null,
        event.approvalRuleChange?.after?.numberOfApprovalsNeeded ?? null,
      ]);
    expect(changes).toEqual([
      ['PULL_REQUEST_APPROVAL_RULE_CREATED', null, 1],
      ['PULL_REQUEST_APPROVAL_RULE_UPDATED', 1, 2],
      ['PULL_REQUEST_APPROVAL_RULE_DELETED', 2, null],
    ]);
  });
});

describe('closing', () => {
  it("edits the title and closes; reopening is refused with AWS's message", async () => {
    const url = `${repo}/pull-requests/${pullRequestId}`;
    const renamed = await call('developer', 'PATCH', url, { title: 'Shout line two' });
    expect((renamed.body.pullRequest as { title: string }).title).toBe('Shout line two');
    const closed = await call('developer', 'PATCH', url, { pullRequestStatus: 'CLOSED' });
    expect((closed.body.pullRequest as { pullRequestStatus: string }).pullRequestStatus).toBe(
      'CLOSED',
    );
    const open = await call('reader', 'GET', `${repo}/pull-requests`);
    expect(open.body.pullRequests).toEqual([]);
    const closedList = await call(
      'reader',
      'GET',
      `${repo}/pull-requests?pullRequestStatus=CLOSED`,
    );
    expect((closedList.body.pullRequests as unknown[]).length).toBe(1);
    // CodeCommit documents OPEN to CLOSED as the only change of status it makes.
    const reopened = await call('developer', 'PATCH', url, { pullRequestStatus: 'OPEN' });
    expect(reopened.status).toBe(400);
    expect(reopened.body.code).toBe('InvalidPullRequestStatusUpdateException');
  });
});

describe('permissions', () => {
  it('tells each user what IAM lets them do, without changing anything', async () => {
    const url = `${repo}/pull-requests/permissions`;
    expect((await call('reader', 'GET', url)).body).toEqual({
      write: false,
      deleteComment: false,
      deleteApprovalRule: false,
    });
    expect((await call('developer', 'GET', url)).body).toEqual({
      write: true,
      deleteComment: false,
      deleteApprovalRule: false,
    });
    expect((await call('admin', 'GET', url)).body).toEqual({
      write: true,
      deleteComment: true,
      deleteApprovalRule: true,
    });
  });
});
