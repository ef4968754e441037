import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { caller, openPullRequest as openPullRequestAs, seedRepository } from './review-fixture.ts';

let console_: TestConsole;
let call: ReturnType<typeof caller>;
let workDir: string;
const repo = '/api/repositories/merging';

const openPullRequest = (sourceReference: string, title: string) =>
  openPullRequestAs(call, 'merging', sourceReference, title);

beforeAll(async () => {
  console_ = await startTestConsole();
  call = caller(console_);
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-merging-'));
  await seedRepository(console_, workDir, 'merging', [
    { branch: 'main', files: { 'story.txt': 'once\nupon\na time\n' }, message: 'Begin the story' },
    { branch: 'clean', files: { 'ending.txt': 'the end\n' }, message: 'Add an ending' },
    {
      branch: 'rival',
      from: 'main',
      files: { 'story.txt': 'once\nUPON\na time\n' },
      message: 'Shout upon',
    },
    {
      branch: 'main',
      files: { 'story.txt': 'once\nupon, long ago,\na time\n' },
      message: 'Say when',
    },
  ]);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('merging', () => {
  it('previews two branches before a pull request exists: clean, or conflicting per file', async () => {
    const clean = await call(
      'reader',
      'GET',
      `${repo}/merge-preview?sourceReference=clean&destinationReference=main`,
    );
    expect(clean.body).toMatchObject({
      mergeable: true,
      conflicts: [],
      mergeOptions: expect.arrayContaining(['SQUASH_MERGE', 'THREE_WAY_MERGE']),
    });
    const rival = await call(
      'reader',
      'GET',
      `${repo}/merge-preview?sourceReference=rival&destinationReference=main`,
    );
    expect(rival.body.mergeable).toBe(false);
    expect(rival.body.mergeOptions).not.toContain('FAST_FORWARD_MERGE');
    expect(rival.body.conflicts).toEqual([
      expect.objectContaining({ filePath: 'story.txt', contentConflict: true }),
    ]);
    const missing = await call(
      'reader',
      'GET',
      `${repo}/merge-preview?sourceReference=nope&destinationReference=main`,
    );
    expect(missing.status).toBe(404);
  });

  it('lists the commits a pull request would bring before it exists', async () => {
    const preview = await call(
      'reader',
      'GET',
      `${repo}/merge-preview?sourceReference=rival&destinationReference=main`,
    );
    const {
      sourceCommitId = '',
      destinationCommitId = '',
      baseCommitId = '',
    } = preview.body as Record<string, string | undefined>;
    const query = new URLSearchParams({ sourceCommitId, destinationCommitId, baseCommitId });
    const commits = await call('reader', 'GET', `${repo}/merge-preview/commits?${query}`);
    expect(commits.status).toBe(200);
    expect(
      (commits.body.commits as { commitId: string; message: string }[]).map((c) => c.message),
    ).toEqual([expect.stringContaining('Shout upon')]);
    expect(commits.body.commits).toEqual([expect.objectContaining({ commitId: sourceCommitId })]);
    const bad = await call('reader', 'GET', `${repo}/merge-preview/commits?sourceCommitId=main`);
    expect(bad.status).toBe(400);
  });

  it('describes a conflict with its hunks, then merges with the text written in the browser', async () => {
    const pullRequest = await openPullRequest('rival', 'Shout upon');
    const url = `${repo}/pull-requests/${pullRequest.pullRequestId}`;
    const conflict = await call('reader', 'GET', `${url}/conflicts?filePath=story.txt`);
    expect(conflict.body.mergeHunks).toEqual([
      expect.objectContaining({
        isConflict: true,
        source: expect.objectContaining({ hunkContent: 'UPON\n' }),
        destination: expect.objectContaining({ hunkContent: 'upon, long ago,\n' }),
        base: expect.objectContaining({ hunkContent: 'upon\n' }),
      }),
    ]);

    const unresolved = await call('developer', 'POST', `${url}/merge`, {
      mergeOption: 'THREE_WAY_MERGE',
      sourceCommitId: pullRequest.pullRequestTargets[0]?.sourceCommit,
    });
    expect(unresolved.status).toBe(409);
    expect(unresolved.body.code).toBe('ManualMergeRequiredException');

    const merged = await call('developer', 'POST', `${url}/merge`, {
      mergeOption: 'THREE_WAY_MERGE',
      sourceCommitId: pullRequest.pullRequestTargets[0]?.sourceCommit,
      commitMessage: 'Merge the shouting, long ago',
      authorName: 'Dev Eloper',
      email: 'dev@example.com',
      deleteSourceBranch: true,
      conflictResolution: {
        replaceContents: [
          {
            filePath: 'story.txt',
            replacementType: 'USE_NEW_CONTENT',
            content: 'once\nUPON, long ago,\na time\n',
          },
        ],
      },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.sourceBranch).toEqual({ deleted: true, branchName: 'rival' });
    const target = (
      merged.body.pullRequest as {
        pullRequestTargets: { mergeMetadata: { isMerged: boolean; mergeOption: string } }[];
      }
    ).pullRequestTargets[0];
    expect(target?.mergeMetadata).toMatchObject({ isMerged: true, mergeOption: 'THREE_WAY_MERGE' });
    const file = await call(
      'reader',
      'GET',
      `${repo}/file?commitSpecifier=main&filePath=story.txt`,
    );
    expect(file.body.content).toBe('once\nUPON, long ago,\na time\n');
  });

  it('refuses to merge until the approval rules are met, then squashes', async () => {
    const pullRequest = await openPullRequest('clean', 'Add an ending');
    const url = `${repo}/pull-requests/${pullRequest.pullRequestId}`;
    await call('developer', 'POST', `${url}/approval-rules`, {
      approvalRuleName: 'One review',
      numberOfApprovalsNeeded: 1,
      approvalPoolMembers: [],
    });
    const sourceCommitId = pullRequest.pullRequestTargets[0]?.sourceCommit;
    const mergeability = await call('reader', 'GET', `${url}/mergeability`);
    // main moved after clean branched off, so only squash and three-way remain.
    expect(mergeability.body.mergeOptions).not.toContain('FAST_FORWARD_MERGE');
    const refused = await call('developer', 'POST', `${url}/merge`, {
      mergeOption: 'SQUASH_MERGE',
      sourceCommitId,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PullRequestApprovalRulesNotSatisfiedException');
    await call('admin', 'PUT', `${url}/approval`, {
      revisionId: pullRequest.revisionId,
      approvalState: 'APPROVE',
    });
    const merged = await call('developer', 'POST', `${url}/merge`, {
      mergeOption: 'SQUASH_MERGE',
      sourceCommitId,
      commitMessage: 'Add an ending (squashed)',
    });
    expect(merged.status).toBe(200);
    expect(merged.body.sourceBranch).toBeNull();
    const list = await call('reader', 'GET', `${repo}/pull-requests?pullRequestStatus=CLOSED`);
    expect(list.body.pullRequests).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Add an ending', isMerged: true })]),
    );
  });

  it('refuses a fast-forward with a conflict resolution, and a merge by the reader', async () => {
    const pullRequest = await openPullRequest('clean', 'Again');
    const url = `${repo}/pull-requests/${pullRequest.pullRequestId}`;
    const fastForward = await call('developer', 'POST', `${url}/merge`, {
      mergeOption: 'FAST_FORWARD_MERGE',
      sourceCommitId: '0'.repeat(40),
      conflictResolution: { replaceContents: [] },
    });
    expect(fastForward.status).toBe(400);
    expect(fastForward.body.error).toContain('fast-forward');
    const reader = await call('reader', 'POST', `${url}/merge`, {
      mergeOption: 'THREE_WAY_MERGE',
      sourceCommitId: pullRequest.pullRequestTargets[0]?.sourceCommit,
    });
    expect(reader.status).toBe(403);
    expect(reader.body.error).toContain('codecommit:MergePullRequestByThreeWay');
  });
});
