import { describe, expect, test } from 'vitest';
import {
  CodeCommitClient,
  CreatePullRequestCommand,
  GetRepositoryCommand,
  DeleteBranchCommand,
  DescribePullRequestEventsCommand,
  GetPullRequestCommand,
  ListPullRequestsCommand,
  UpdatePullRequestDescriptionCommand,
  UpdatePullRequestStatusCommand,
  UpdatePullRequestTitleCommand,
  MergeBranchesByFastForwardCommand,
} from '@aws-sdk/client-codecommit';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmulator } from '../src/index.ts';
import {
  numbered,
  putFile,
  seedRepository,
  reviewEmulatorForFile,
  tipOf,
} from './review-workflow-fixture.ts';

const review = reviewEmulatorForFile(async ({ admin }) => {
  await seedRepository(admin, 'pulls', ['feature', 'other', 'doomed']);
  await seedRepository(admin, 'outside', ['topic', 'target']);
});

const open = (
  title: string,
  sourceReference = 'feature',
  extra: { clientRequestToken?: string; description?: string } = {},
) =>
  review.developer.send(
    new CreatePullRequestCommand({
      title,
      targets: [{ repositoryName: 'pulls', sourceReference, destinationReference: 'main' }],
      ...extra,
    }),
  );

describe('CreatePullRequest and GetPullRequest', () => {
  test('opens a pull request between two branches at their tips, with its merge base', async () => {
    const sourceCommit = await putFile(
      review.developer,
      'pulls',
      'feature',
      'lines.txt',
      numbered(10, { 2: 'line two' }),
    );
    const destinationCommit = await tipOf(review.admin, 'pulls', 'main');
    const { pullRequest } = await open('Spell out two', 'feature', {
      description: 'Words read better.',
    });
    expect(pullRequest).toMatchObject({
      title: 'Spell out two',
      description: 'Words read better.',
      pullRequestStatus: 'OPEN',
      authorArn: review.emulator.user('developer').arn,
      pullRequestTargets: [
        {
          repositoryName: 'pulls',
          sourceReference: 'refs/heads/feature',
          destinationReference: 'refs/heads/main',
          sourceCommit,
          destinationCommit,
          mergeBase: destinationCommit,
          mergeMetadata: { isMerged: false },
        },
      ],
      approvalRules: [],
    });
    expect(pullRequest?.pullRequestId).toMatch(/^\d+$/);
    expect(pullRequest?.revisionId).toMatch(/^[0-9a-f]{64}$/);
    const fetched = await review.admin.send(
      new GetPullRequestCommand({ pullRequestId: pullRequest?.pullRequestId }),
    );
    expect(fetched.pullRequest).toEqual(pullRequest);
  });

  test('a repeated clientRequestToken answers the same pull request; a changed request with it is refused', async () => {
    const first = await open('Idempotent', 'other', { clientRequestToken: 'token-1' });
    const again = await open('Idempotent', 'other', { clientRequestToken: 'token-1' });
    expect(again.pullRequest?.pullRequestId).toBe(first.pullRequest?.pullRequestId);
    await expect(
      open('Something else', 'other', { clientRequestToken: 'token-1' }),
    ).rejects.toMatchObject({ name: 'IdempotencyParameterMismatchException' });
  });

  test('refuses what is not a pull request between two existing branches', async () => {
    const target = (sourceReference: string, destinationReference?: string) => [
      { repositoryName: 'pulls', sourceReference, destinationReference },
    ];
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({ title: 'x', targets: target('main', 'main') }),
      ),
    ).rejects.toMatchObject({ name: 'SourceAndDestinationAreSameException' });
    await expect(
      review.developer.send(new CreatePullRequestCommand({ title: 'x', targets: target('nope') })),
    ).rejects.toMatchObject({ name: 'ReferenceDoesNotExistException' });
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({ title: 'x', targets: target('refs/tags/v1') }),
      ),
    ).rejects.toMatchObject({ name: 'ReferenceTypeNotSupportedException' });
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({ title: 'x', targets: target('bad..name') }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidReferenceNameException' });
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({
          title: 'x',
          targets: [{ repositoryName: 'missing', sourceReference: 'feature' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'RepositoryDoesNotExistException' });
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({ title: '', targets: target('feature') }),
      ),
    ).rejects.toMatchObject({ name: 'TitleRequiredException' });
    await expect(
      review.developer.send(
        new CreatePullRequestCommand({ title: 'x'.repeat(151), targets: target('feature') }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidTitleException' });
    await expect(
      review.developer.send(new GetPullRequestCommand({ pullRequestId: 'abc' })),
    ).rejects.toMatchObject({ name: 'InvalidPullRequestIdException' });
    await expect(
      review.developer.send(new GetPullRequestCommand({ pullRequestId: '999999' })),
    ).rejects.toMatchObject({ name: 'PullRequestDoesNotExistException' });
    await expect(
      review.emulator
        .client('reader')
        .send(new CreatePullRequestCommand({ title: 'x', targets: target('feature') })),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});

describe('ListPullRequests', () => {
  test('lists ids newest first, filtered by author and status, page by page', async () => {
    const mine = await review.admin.send(
      new CreatePullRequestCommand({
        title: 'By admin',
        targets: [{ repositoryName: 'pulls', sourceReference: 'other' }],
      }),
    );
    const all = await review.developer.send(
      new ListPullRequestsCommand({ repositoryName: 'pulls' }),
    );
    expect(all.pullRequestIds?.[0]).toBe(mine.pullRequest?.pullRequestId);
    const ids = all.pullRequestIds ?? [];
    expect([...ids].sort((a, b) => Number(b) - Number(a))).toEqual(ids);
    const byAdmin = await review.developer.send(
      new ListPullRequestsCommand({
        repositoryName: 'pulls',
        authorArn: review.emulator.user('admin').arn,
      }),
    );
    expect(byAdmin.pullRequestIds).toEqual([mine.pullRequest?.pullRequestId]);
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await review.developer.send(
        new ListPullRequestsCommand({ repositoryName: 'pulls', maxResults: 1, nextToken }),
      );
      expect(page.pullRequestIds?.length).toBe(1);
      seen.push(...(page.pullRequestIds ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(seen).toEqual(ids);
    await expect(
      review.developer.send(
        new ListPullRequestsCommand({ repositoryName: 'pulls', nextToken: 'garbage' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidContinuationTokenException' });
    await expect(
      review.developer.send(
        new ListPullRequestsCommand({ repositoryName: 'pulls', maxResults: 0 }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidMaxResultsException' });
    await expect(
      review.developer.send(
        new ListPullRequestsCommand({ repositoryName: 'pulls', authorArn: 'someone' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidAuthorArnException' });
  });

  test('an author ARN must be well formed and name a user of the account', async () => {
    const list = (authorArn: string) =>
      review.developer.send(new ListPullRequestsCommand({ repositoryName: 'pulls', authorArn }));
    for (const malformed of [
      'arn:aws:iam::123456789012:group/admins',
      'arn:aws:sts::123456789012:user/admin',
      'arn:aws:iam::12345:user/admin',
      'arn:aws:iam::123456789012:user/',
    ])
      await expect(list(malformed)).rejects.toMatchObject({ name: 'InvalidAuthorArnException' });
    for (const missing of [
      'arn:aws:iam::123456789012:user/nobody',
      'arn:aws:iam::210987654321:user/admin',
      'arn:aws:iam::123456789012:role/Reviewers',
      'arn:aws:sts::123456789012:assumed-role/Reviewers/mary',
    ])
      await expect(list(missing)).rejects.toMatchObject({
        name: 'AuthorDoesNotExistException',
        message: expect.stringContaining(missing),
      });
    const byReader = await list(review.emulator.user('reader').arn);
    expect(byReader.pullRequestIds).toEqual([]);
  });
});

describe('updates and events', () => {
  test('title, description and closing are recorded; a closed pull request is not reopened', async () => {
    const { pullRequest } = await open('Draft', 'other');
    const pullRequestId = pullRequest?.pullRequestId;
    const titled = await review.developer.send(
      new UpdatePullRequestTitleCommand({ pullRequestId, title: 'Final' }),
    );
    expect(titled.pullRequest?.title).toBe('Final');
    const described = await review.developer.send(
      new UpdatePullRequestDescriptionCommand({ pullRequestId, description: 'Now with words.' }),
    );
    expect(described.pullRequest?.description).toBe('Now with words.');
    const closed = await review.admin.send(
      new UpdatePullRequestStatusCommand({ pullRequestId, pullRequestStatus: 'CLOSED' }),
    );
    expect(closed.pullRequest?.pullRequestStatus).toBe('CLOSED');
    await expect(
      review.admin.send(
        new UpdatePullRequestStatusCommand({ pullRequestId, pullRequestStatus: 'OPEN' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPullRequestStatusUpdateException' });
    await expect(
      review.developer.send(new UpdatePullRequestTitleCommand({ pullRequestId, title: 'Late' })),
    ).rejects.toMatchObject({ name: 'PullRequestAlreadyClosedException' });
    const closedList = await review.developer.send(
      new ListPullRequestsCommand({ repositoryName: 'pulls', pullRequestStatus: 'CLOSED' }),
    );
    expect(closedList.pullRequestIds).toContain(pullRequestId);
    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({ pullRequestId }),
    );
    expect(events.pullRequestEvents?.map((event) => event.pullRequestEventType)).toEqual([
      'PULL_REQUEST_CREATED',
      'PULL_REQUEST_STATUS_CHANGED',
    ]);
    expect(events.pullRequestEvents?.[1]).toMatchObject({
      actorArn: review.emulator.user('admin').arn,
      pullRequestStatusChangedEventMetadata: { pullRequestStatus: 'CLOSED' },
    });
    const byAdmin = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId,
        actorArn: review.emulator.user('admin').arn,
      }),
    );
    expect(byAdmin.pullRequestEvents?.length).toBe(1);
    await expect(
      review.developer.send(
        new DescribePullRequestEventsCommand({ pullRequestId, actorArn: 'admin' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidActorArnException' });
    await expect(
      review.developer.send(
        new DescribePullRequestEventsCommand({
          pullRequestId,
          actorArn: 'arn:aws:iam::123456789012:user/nobody',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ActorDoesNotExistException' });
    const created = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_CREATED',
        maxResults: 1,
      }),
    );
    expect(created.pullRequestEvents?.[0]?.pullRequestCreatedEventMetadata).toMatchObject({
      repositoryName: 'pulls',
      sourceCommitId: pullRequest?.pullRequestTargets?.[0]?.sourceCommit,
    });
    expect(created.nextToken).toBeUndefined();
  });

  test('a commit on the source branch moves sourceCommit and revisionId and is recorded', async () => {
    const { pullRequest } = await open('Moving', 'feature');
    const pullRequestId = pullRequest?.pullRequestId;
    const before = pullRequest?.pullRequestTargets?.[0]?.sourceCommit;
    const after = await putFile(review.developer, 'pulls', 'feature', 'more.txt', 'more\n');
    const moved = (await review.developer.send(new GetPullRequestCommand({ pullRequestId })))
      .pullRequest;
    expect(moved?.pullRequestTargets?.[0]?.sourceCommit).toBe(after);
    expect(moved?.revisionId).not.toBe(pullRequest?.revisionId);
    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
      }),
    );
    expect(events.pullRequestEvents).toMatchObject([
      {
        actorArn: review.emulator.user('developer').arn,
        pullRequestSourceReferenceUpdatedEventMetadata: {
          repositoryName: 'pulls',
          beforeCommitId: before,
          afterCommitId: after,
        },
      },
    ]);
  });

  test('deleting the source branch closes the pull request', async () => {
    const { pullRequest } = await open('Doomed', 'doomed');
    await review.admin.send(
      new DeleteBranchCommand({ repositoryName: 'pulls', branchName: 'doomed' }),
    );
    const closed = (
      await review.developer.send(
        new GetPullRequestCommand({ pullRequestId: pullRequest?.pullRequestId }),
      )
    ).pullRequest;
    expect(closed?.pullRequestStatus).toBe('CLOSED');
    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId: pullRequest?.pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_STATUS_CHANGED',
      }),
    );
    expect(events.pullRequestEvents?.[0]?.actorArn).toBe(review.emulator.user('admin').arn);
  });

  test('a destination that takes in the source outside the pull request closes it as merged', async () => {
    const sourceCommit = await putFile(
      review.developer,
      'outside',
      'topic',
      'topic.txt',
      'topic\n',
    );
    const { pullRequest } = await review.developer.send(
      new CreatePullRequestCommand({
        title: 'Merged elsewhere',
        targets: [{ repositoryName: 'outside', sourceReference: 'topic' }],
      }),
    );
    await review.admin.send(
      new MergeBranchesByFastForwardCommand({
        repositoryName: 'outside',
        sourceCommitSpecifier: 'topic',
        destinationCommitSpecifier: 'main',
      }),
    );
    const merged = (
      await review.developer.send(
        new GetPullRequestCommand({ pullRequestId: pullRequest?.pullRequestId }),
      )
    ).pullRequest;
    expect(merged?.pullRequestStatus).toBe('CLOSED');
    expect(merged?.pullRequestTargets?.[0]).toMatchObject({
      destinationCommit: sourceCommit,
      mergeMetadata: { isMerged: true, mergedBy: review.emulator.user('admin').arn },
    });
    const events = await review.developer.send(
      new DescribePullRequestEventsCommand({
        pullRequestId: pullRequest?.pullRequestId,
        pullRequestEventType: 'PULL_REQUEST_MERGE_STATE_CHANGED',
      }),
    );
    expect(events.pullRequestEvents?.[0]?.pullRequestMergedStateChangedEventMetadata).toMatchObject(
      { repositoryName: 'outside', destinationReference: 'refs/heads/main' },
    );
  });

  test('deleting the destination branch closes the pull request', async () => {
    const { pullRequest } = await review.developer.send(
      new CreatePullRequestCommand({
        title: 'Nowhere to go',
        targets: [
          { repositoryName: 'outside', sourceReference: 'main', destinationReference: 'target' },
        ],
      }),
    );
    await review.admin.send(
      new DeleteBranchCommand({ repositoryName: 'outside', branchName: 'target' }),
    );
    const closed = (
      await review.developer.send(
        new GetPullRequestCommand({ pullRequestId: pullRequest?.pullRequestId }),
      )
    ).pullRequest;
    expect(closed?.pullRequestStatus).toBe('CLOSED');
    expect(closed?.pullRequestTargets?.[0]?.mergeMetadata?.isMerged).toBe(false);
  });
});

describe('reads', () => {
  const run = promisify(execFile);
  const git = async (gitDir: string, args: string[]) =>
    (await run('git', ['--git-dir', gitDir, ...args])).stdout.trim();

  test('answer from the database, and the first read after a start catches up with moves made while stopped', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pull-request-reads-'));
    const start = async () => {
      const started = await startEmulator({ dataDir, port: 0 });
      const { accessKeyId, secretAccessKey } = started.emulator.users.find(
        (user) => user.userName === 'developer',
      )!;
      const client = new CodeCommitClient({
        endpoint: started.url,
        region: 'us-east-1',
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
      });
      return { started, client };
    };
    let running = await start();
    try {
      await seedRepository(running.client, 'reads');
      const { pullRequest } = await running.client.send(
        new CreatePullRequestCommand({
          title: 'Read me',
          targets: [{ repositoryName: 'reads', sourceReference: 'feature' }],
        }),
      );
      const pullRequestId = pullRequest?.pullRequestId;
      const read = async () =>
        (await running.client.send(new GetPullRequestCommand({ pullRequestId }))).pullRequest;
      const before = await read();
      const { repositoryMetadata } = await running.client.send(
        new GetRepositoryCommand({ repositoryName: 'reads' }),
      );
      const gitDir = path.join(dataDir, 'repositories', `${repositoryMetadata?.repositoryId}.git`);
      const oldTip = before?.pullRequestTargets?.[0]?.sourceCommit ?? '';
      const newTip = await git(gitDir, [
        'commit-tree',
        `${oldTip}^{tree}`,
        '-p',
        oldTip,
        '-m',
        'Behind its back',
      ]);
      // A move no API call or push made: CodeCommit itself never sees one.
      await git(gitDir, ['update-ref', 'refs/heads/feature', newTip, oldTip]);
      // Reads run no git: the pull request is as the emulator last recorded it.
      expect(await read()).toEqual(before);

      running.client.destroy();
      await running.started.close();
      running = await start();
      const after = await read();
      expect(after?.pullRequestTargets?.[0]?.sourceCommit).toBe(newTip);
      expect(after?.revisionId).not.toBe(before?.revisionId);
      const events = await running.client.send(
        new DescribePullRequestEventsCommand({
          pullRequestId,
          pullRequestEventType: 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED',
        }),
      );
      expect(events.pullRequestEvents).toMatchObject([
        {
          pullRequestSourceReferenceUpdatedEventMetadata: {
            beforeCommitId: oldTip,
            afterCommitId: newTip,
          },
        },
      ]);
    } finally {
      running.client.destroy();
      await running.started.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
