import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { caller, openPullRequest, seedRepository } from '../pull-requests/review-fixture.ts';

let console_: TestConsole;
let call: ReturnType<typeof caller>;
let workDir: string;

type Row = { repositoryName: string; title: string; othersCommentDates?: string[] };
const titles = (rows: unknown) =>
  (rows as Row[]).map((row) => `${row.repositoryName}:${row.title}`);

beforeAll(async () => {
  console_ = await startTestConsole();
  call = caller(console_);
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-dashboard-'));
  for (const repositoryName of ['alpha', 'beta']) {
    await seedRepository(console_, workDir, repositoryName, [
      { branch: 'main', files: { 'a.txt': 'a\n' }, message: 'Start' },
      { branch: 'one', from: 'main', files: { 'b.txt': 'b\n' }, message: 'One' },
      { branch: 'two', from: 'main', files: { 'c.txt': 'c\n' }, message: 'Two' },
    ]);
  }
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

const open = (repositoryName: string, sourceReference: string, title: string) =>
  openPullRequest(call, repositoryName, sourceReference, title);

describe('dashboard', () => {
  it('lists, across repositories, what awaits each person, their own, and what merged', async () => {
    const alphaOne = await open('alpha', 'one', 'Alpha one');
    const betaOne = await open('beta', 'one', 'Beta one');
    const betaTwo = await open('beta', 'two', 'Beta two');
    // The admin is in the pool of alpha's and beta's first pull requests, not of beta's second.
    for (const [repositoryName, pullRequest] of [
      ['alpha', alphaOne],
      ['beta', betaOne],
    ] as const) {
      const rule = await call(
        'developer',
        'POST',
        `/api/repositories/${repositoryName}/pull-requests/${pullRequest.pullRequestId}/approval-rules`,
        {
          approvalRuleName: 'Admin reads it',
          numberOfApprovalsNeeded: 1,
          approvalPoolMembers: ['CodeCommitApprovers:*:admin'],
        },
      );
      expect(rule.status).toBe(201);
    }
    await call(
      'admin',
      'POST',
      `/api/repositories/beta/pull-requests/${betaTwo.pullRequestId}/comments`,
      {
        content: 'Looks fine',
        beforeCommitId: betaTwo.pullRequestTargets[0]?.destinationCommit,
        afterCommitId: betaTwo.pullRequestTargets[0]?.sourceCommit,
      },
    );

    let admin = await call('admin', 'GET', '/api/dashboard');
    expect(admin.status).toBe(200);
    expect(titles(admin.body.awaitingMyApproval).sort()).toEqual([
      'alpha:Alpha one',
      'beta:Beta one',
    ]);
    expect(admin.body.mine).toEqual([]);

    const developer = await call('developer', 'GET', '/api/dashboard');
    expect(titles(developer.body.mine).sort()).toEqual([
      'alpha:Alpha one',
      'beta:Beta one',
      'beta:Beta two',
    ]);
    expect(developer.body.awaitingMyApproval).toEqual([]);
    const alphaRow = (developer.body.mine as (Row & { approval: unknown })[]).find(
      (row) => row.title === 'Alpha one',
    );
    expect(alphaRow?.approval).toMatchObject({ approved: false, rulesNotMet: 1, ruleCount: 1 });
    const betaTwoRow = (developer.body.mine as Row[]).find((row) => row.title === 'Beta two');
    expect(betaTwoRow?.othersCommentDates).toHaveLength(1);
    expect(alphaRow?.othersCommentDates).toEqual([]);

    // Approving takes it off the admin's list; merging moves it to "recently merged" for all.
    const approved = await call(
      'admin',
      'PUT',
      `/api/repositories/alpha/pull-requests/${alphaOne.pullRequestId}/approval`,
      { revisionId: alphaOne.revisionId, approvalState: 'APPROVE' },
    );
    expect(approved.status).toBe(200);
    admin = await call('admin', 'GET', '/api/dashboard');
    expect(titles(admin.body.awaitingMyApproval)).toEqual(['beta:Beta one']);
    const merged = await call(
      'developer',
      'POST',
      `/api/repositories/alpha/pull-requests/${alphaOne.pullRequestId}/merge`,
      {
        mergeOption: 'FAST_FORWARD_MERGE',
        sourceCommitId: alphaOne.pullRequestTargets[0]?.sourceCommit,
      },
    );
    expect(merged.status).toBe(200);
    const reader = await call('reader', 'GET', '/api/dashboard');
    expect(titles(reader.body.recentlyMerged)).toEqual(['alpha:Alpha one']);
    expect(reader.body.awaitingMyApproval).toEqual([]);
    expect(reader.body.skipped).toEqual([]);

    // Whether rules were overridden comes with their evaluation: no override reads per pull request.
    const metrics = await (await console_.app.request('/metrics')).text();
    expect(metrics).toContain(
      'codecommit_calls_total{operation="EvaluatePullRequestApprovalRules"',
    );
    expect(metrics).not.toContain('GetPullRequestOverrideState');
  });
});
