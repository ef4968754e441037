import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  CreateBranchCommand,
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  DescribeMergeConflictsCommand,
  DescribePullRequestEventsCommand,
  GetCommitCommand,
  GetMergeConflictsCommand,
  GetPullRequestCommand,
  GetRepositoryCommand,
  MergeBranchesByThreeWayCommand,
  MergePullRequestByFastForwardCommand,
  MergePullRequestBySquashCommand,
  PostCommentForPullRequestCommand,
  PostCommentReplyCommand,
  PutCommentReactionCommand,
  UpdatePullRequestApprovalStateCommand,
  type PullRequest,
} from '@aws-sdk/client-codecommit';
import {
  aws,
  numbered,
  putFile,
  seedRepository,
  reviewEmulatorForFile,
  tipOf,
} from './review-workflow-fixture.ts';

const run = promisify(execFile);

let work: string;
const repositoryName = 'reviewed';
const ADMIN_ONLY = JSON.stringify({
  Version: '2018-11-08',
  Statements: [
    {
      Type: 'Approvers',
      NumberOfApprovalsNeeded: 1,
      ApprovalPoolMembers: ['CodeCommitApprovers:123456789012:admin'],
    },
  ],
});

const review = reviewEmulatorForFile(({ admin }) => seedRepository(admin, repositoryName, []), {
  fsckRepository: repositoryName,
});
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'codecommit-review-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const target = (pullRequest: PullRequest | undefined) => pullRequest?.pullRequestTargets?.[0];

/** The developer opens a pull request changing line 3 of lines.txt; the admin comments on it, the developer replies, the admin reacts and the developer adds a rule only the admin satisfies. */
const openAndDiscuss = async (branchName: string): Promise<PullRequest> => {
  const { admin, developer } = review;
  await admin.send(
    new CreateBranchCommand({
      repositoryName,
      branchName,
      commitId: await tipOf(admin, repositoryName, 'main'),
    }),
  );
  await putFile(
    developer,
    repositoryName,
    branchName,
    'lines.txt',
    numbered(10, { 3: `line three (${branchName})` }),
  );
  const { pullRequest } = await developer.send(
    new CreatePullRequestCommand({
      title: `Reword line 3 on ${branchName}`,
      targets: [{ repositoryName, sourceReference: branchName }],
    }),
  );
  const comment = await admin.send(
    new PostCommentForPullRequestCommand({
      pullRequestId: pullRequest?.pullRequestId,
      repositoryName,
      beforeCommitId: target(pullRequest)?.destinationCommit,
      afterCommitId: target(pullRequest)?.sourceCommit,
      location: { filePath: 'lines.txt', filePosition: 3, relativeFileVersion: 'AFTER' },
      content: 'Is the parenthesis needed?',
    }),
  );
  await developer.send(
    new PostCommentReplyCommand({
      inReplyTo: comment.comment?.commentId,
      content: 'It names the branch.',
    }),
  );
  await admin.send(
    new PutCommentReactionCommand({
      commentId: comment.comment?.commentId,
      reactionValue: ':thumbsup:',
    }),
  );
  await developer.send(
    new CreatePullRequestApprovalRuleCommand({
      pullRequestId: pullRequest?.pullRequestId,
      approvalRuleName: 'Admin approves',
      approvalRuleContent: ADMIN_ONLY,
    }),
  );
  return pullRequest as PullRequest;
};

const approveCurrent = async (pullRequestId: string): Promise<PullRequest> => {
  const { pullRequest } = await review.developer.send(new GetPullRequestCommand({ pullRequestId }));
  await expect(
    review.reader.send(
      new UpdatePullRequestApprovalStateCommand({
        pullRequestId,
        revisionId: pullRequest?.revisionId,
        approvalState: 'APPROVE',
      }),
    ),
  ).rejects.toMatchObject({
    name: 'AccessDeniedException',
  });
  await review.admin.send(
    new UpdatePullRequestApprovalStateCommand({
      pullRequestId,
      revisionId: pullRequest?.revisionId,
      approvalState: 'APPROVE',
    }),
  );
  return pullRequest as PullRequest;
};

/** Someone changes line 3 on main too: the pull request now has a line-level conflict. */
const conflictOnMain = (text: string) =>
  putFile(review.admin, repositoryName, 'main', 'lines.txt', numbered(10, { 3: text }));

describe('the review workflow, end to end', () => {
  test('fast-forward: the conflict is resolved on the source branch, the new revision approved, then merged', async () => {
    const { admin, developer } = review;
    const opened = await openAndDiscuss('ff-change');
    const pullRequestId = opened.pullRequestId ?? '';
    await expect(
      developer.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName })),
    ).rejects.toMatchObject({
      name: 'PullRequestApprovalRulesNotSatisfiedException',
    });
    await approveCurrent(pullRequestId);
    await conflictOnMain('line three (main, before ff)');
    await expect(
      developer.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName })),
    ).rejects.toMatchObject({ name: 'ManualMergeRequiredException' });
    await developer.send(
      new MergeBranchesByThreeWayCommand({
        repositoryName,
        sourceCommitSpecifier: 'main',
        destinationCommitSpecifier: 'ff-change',
        conflictDetailLevel: 'LINE_LEVEL',
        conflictResolution: {
          replaceContents: [{ filePath: 'lines.txt', replacementType: 'KEEP_DESTINATION' }],
        },
      }),
    );
    const moved = await approveCurrent(pullRequestId);
    expect(moved.revisionId).not.toBe(opened.revisionId);
    await expect(
      developer.send(
        new MergePullRequestByFastForwardCommand({
          pullRequestId,
          repositoryName,
          sourceCommitId: target(opened)?.sourceCommit,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'TipOfSourceReferenceIsDifferentException',
    });
    const { pullRequest } = await developer.send(
      new MergePullRequestByFastForwardCommand({
        pullRequestId,
        repositoryName,
        sourceCommitId: target(moved)?.sourceCommit,
      }),
    );
    expect(pullRequest?.pullRequestStatus).toBe('CLOSED');
    expect(target(pullRequest)?.mergeMetadata).toEqual({
      isMerged: true,
      mergedBy: review.emulator.user('developer').arn,
      mergeCommitId: target(moved)?.sourceCommit,
      mergeOption: 'FAST_FORWARD_MERGE',
    });
    expect(await tipOf(admin, repositoryName, 'main')).toBe(target(moved)?.sourceCommit);
    await expect(
      developer.send(new MergePullRequestByFastForwardCommand({ pullRequestId, repositoryName })),
    ).rejects.toMatchObject({ name: 'PullRequestAlreadyClosedException' });
    const events = await developer.send(new DescribePullRequestEventsCommand({ pullRequestId }));
    expect(events.pullRequestEvents?.map((event) => event.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_APPROVAL_RULE_CREATED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
      'PULL_REQUEST_APPROVAL_STATE_CHANGED',
      'PULL_REQUEST_MERGE_STATE_CHANGED',
    ]);
  });

  test('squash: a push with git moves the pull request, then the line conflict is resolved in the merge', async () => {
    const { admin, developer, emulator } = review;
    const opened = await openAndDiscuss('squash-change');
    const pullRequestId = opened.pullRequestId ?? '';
    const { repositoryMetadata } = await admin.send(new GetRepositoryCommand({ repositoryName }));
    const clone = path.join(work, 'squash');
    const env = emulator.awsEnv('developer');
    await run(
      'git',
      [
        'clone',
        '--quiet',
        '--branch',
        'squash-change',
        repositoryMetadata?.cloneUrlHttp ?? '',
        clone,
      ],
      { env },
    );
    await writeFile(path.join(clone, 'pushed.txt'), 'pushed with git\n');
    await run('git', ['add', 'pushed.txt'], { cwd: clone, env });
    await run('git', ['commit', '--quiet', '-m', 'Add a file by push'], { cwd: clone, env });
    await run('git', ['push', '--quiet', 'origin', 'squash-change'], { cwd: clone, env });
    const pushed = (await run('git', ['rev-parse', 'HEAD'], { cwd: clone, env })).stdout.trim();
    const { pullRequest: afterPush } = await developer.send(
      new GetPullRequestCommand({ pullRequestId }),
    );
    expect(target(afterPush)?.sourceCommit).toBe(pushed);
    const updated = await developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
      }),
    );
    expect(updated.pullRequestEvents).toMatchObject([
      {
        actorArn: emulator.user('developer').arn,
        pullRequestSourceReferenceUpdatedEventMetadata: { afterCommitId: pushed },
      },
    ]);

    await approveCurrent(pullRequestId);
    await conflictOnMain('line three (main, before squash)');
    const request = {
      repositoryName,
      sourceCommitSpecifier: 'squash-change',
      destinationCommitSpecifier: 'main',
      mergeOption: 'SQUASH_MERGE' as const,
      conflictDetailLevel: 'LINE_LEVEL' as const,
    };
    expect((await developer.send(new GetMergeConflictsCommand(request))).mergeable).toBe(false);
    const { mergeHunks } = await developer.send(
      new DescribeMergeConflictsCommand({ ...request, filePath: 'lines.txt' }),
    );
    expect(
      mergeHunks
        ?.filter((hunk) => hunk.isConflict)
        .map((hunk) => [hunk.source?.hunkContent, hunk.destination?.hunkContent]),
    ).toEqual([['line three (squash-change)\n', 'line three (main, before squash)\n']]);
    await expect(
      developer.send(
        new MergePullRequestBySquashCommand({
          pullRequestId,
          repositoryName,
          conflictDetailLevel: 'LINE_LEVEL',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ManualMergeRequiredException',
    });
    const resolved = numbered(10, { 3: 'line three (agreed)' });
    const destination = await tipOf(admin, repositoryName, 'main');
    const { pullRequest } = await developer.send(
      new MergePullRequestBySquashCommand({
        pullRequestId,
        repositoryName,
        conflictDetailLevel: 'LINE_LEVEL',
        commitMessage: 'Squash the reword',
        conflictResolution: {
          replaceContents: [
            {
              filePath: 'lines.txt',
              replacementType: 'USE_NEW_CONTENT',
              content: Buffer.from(resolved),
            },
          ],
        },
      }),
    );
    expect(target(pullRequest)?.mergeMetadata).toMatchObject({
      isMerged: true,
      mergeOption: 'SQUASH_MERGE',
    });
    const { commit } = await admin.send(
      new GetCommitCommand({
        repositoryName,
        commitId: target(pullRequest)?.mergeMetadata?.mergeCommitId,
      }),
    );
    expect(commit).toMatchObject({ parents: [destination], message: 'Squash the reword' });
    expect(await tipOf(admin, repositoryName, 'main')).toBe(commit?.commitId);
  });

  test('three-way, with the AWS CLI from start to finish', async () => {
    const { emulator } = review;
    const developer = emulator.awsEnv('developer');
    const admin = emulator.awsEnv('admin');
    await aws(admin, [
      'create-branch',
      '--repository-name',
      repositoryName,
      '--branch-name',
      'cli-change',
      '--commit-id',
      await tipOf(review.admin, repositoryName, 'main'),
    ]);
    const file = path.join(work, 'cli-lines.txt');
    await writeFile(file, numbered(10, { 3: 'line three (cli)' }));
    const parent = await tipOf(review.admin, repositoryName, 'cli-change');
    await aws(developer, [
      'put-file',
      '--repository-name',
      repositoryName,
      '--branch-name',
      'cli-change',
      '--file-path',
      'lines.txt',
      '--file-content',
      `fileb://${file}`,
      '--parent-commit-id',
      parent,
    ]);
    const created = (await aws(developer, [
      'create-pull-request',
      '--title',
      'Reword from the CLI',
      '--targets',
      `repositoryName=${repositoryName},sourceReference=cli-change`,
    ])) as {
      pullRequest: PullRequest;
    };
    const pullRequestId = created.pullRequest.pullRequestId ?? '';
    const posted = (await aws(admin, [
      'post-comment-for-pull-request',
      '--pull-request-id',
      pullRequestId,
      '--repository-name',
      repositoryName,
      '--before-commit-id',
      target(created.pullRequest)?.destinationCommit ?? '',
      '--after-commit-id',
      target(created.pullRequest)?.sourceCommit ?? '',
      '--location',
      'filePath=lines.txt,filePosition=3,relativeFileVersion=AFTER',
      '--content',
      'Fine by me.',
    ])) as { comment: { commentId: string } };
    await aws(developer, [
      'post-comment-reply',
      '--in-reply-to',
      posted.comment.commentId,
      '--content',
      'Thanks!',
    ]);
    await aws(developer, [
      'put-comment-reaction',
      '--comment-id',
      posted.comment.commentId,
      '--reaction-value',
      ':hooray:',
    ]);
    const reactions = (await aws(admin, [
      'get-comment-reactions',
      '--comment-id',
      posted.comment.commentId,
    ])) as { reactionsForComment: { reaction: { shortCode: string } }[] };
    expect(reactions.reactionsForComment.map((reaction) => reaction.reaction.shortCode)).toEqual([
      'hooray',
    ]);
    await aws(developer, [
      'create-pull-request-approval-rule',
      '--pull-request-id',
      pullRequestId,
      '--approval-rule-name',
      'Admin approves',
      '--approval-rule-content',
      ADMIN_ONLY,
    ]);
    await aws(admin, [
      'update-pull-request-approval-state',
      '--pull-request-id',
      pullRequestId,
      '--revision-id',
      created.pullRequest.revisionId ?? '',
      '--approval-state',
      'APPROVE',
    ]);
    const evaluation = (await aws(admin, [
      'evaluate-pull-request-approval-rules',
      '--pull-request-id',
      pullRequestId,
      '--revision-id',
      created.pullRequest.revisionId ?? '',
    ])) as {
      evaluation: { approved: boolean };
    };
    expect(evaluation.evaluation.approved).toBe(true);

    await conflictOnMain('line three (main, before three-way)');
    const specifiers = [
      '--repository-name',
      repositoryName,
      '--source-commit-specifier',
      'cli-change',
      '--destination-commit-specifier',
      'main',
      '--merge-option',
      'THREE_WAY_MERGE',
    ];
    const conflicts = (await aws(developer, [
      'get-merge-conflicts',
      ...specifiers,
      '--conflict-detail-level',
      'LINE_LEVEL',
    ])) as { mergeable: boolean; conflictMetadataList: { filePath: string }[] };
    expect(conflicts).toMatchObject({
      mergeable: false,
      conflictMetadataList: [{ filePath: 'lines.txt' }],
    });
    const described = (await aws(developer, [
      'describe-merge-conflicts',
      ...specifiers,
      '--conflict-detail-level',
      'LINE_LEVEL',
      '--file-path',
      'lines.txt',
    ])) as {
      mergeHunks: { isConflict: boolean }[];
    };
    expect(described.mergeHunks.filter((hunk) => hunk.isConflict).length).toBe(1);
    const resolution = JSON.stringify({
      replaceContents: [{ filePath: 'lines.txt', replacementType: 'KEEP_SOURCE' }],
    });
    const merged = (await aws(developer, [
      'merge-pull-request-by-three-way',
      '--pull-request-id',
      pullRequestId,
      '--repository-name',
      repositoryName,
      '--conflict-detail-level',
      'LINE_LEVEL',
      '--conflict-resolution',
      resolution,
    ])) as { pullRequest: PullRequest };
    expect(merged.pullRequest.pullRequestStatus).toBe('CLOSED');
    expect(target(merged.pullRequest)?.mergeMetadata).toMatchObject({
      isMerged: true,
      mergeOption: 'THREE_WAY_MERGE',
    });
    const mergeCommitId = target(merged.pullRequest)?.mergeMetadata?.mergeCommitId ?? '';
    const commit = (await aws(admin, [
      'get-commit',
      '--repository-name',
      repositoryName,
      '--commit-id',
      mergeCommitId,
    ])) as { commit: { parents: string[] } };
    expect(commit.commit.parents).toEqual([
      target(merged.pullRequest)?.destinationCommit,
      target(merged.pullRequest)?.sourceCommit,
    ]);
    const contents = path.join(work, 'merged-lines.txt');
    const got = (await aws(admin, [
      'get-file',
      '--repository-name',
      repositoryName,
      '--file-path',
      'lines.txt',
    ])) as { fileContent: string };
    await writeFile(contents, Buffer.from(got.fileContent, 'base64'));
    expect(await readFile(contents, 'utf8')).toBe(numbered(10, { 3: 'line three (cli)' }));
  });
});
