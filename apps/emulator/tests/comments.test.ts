import { describe, expect, test } from 'vitest';
import {
  CreatePullRequestCommand,
  DeleteCommentContentCommand,
  GetCommentCommand,
  GetCommentReactionsCommand,
  GetCommentsForComparedCommitCommand,
  GetCommentsForPullRequestCommand,
  PostCommentForComparedCommitCommand,
  PostCommentForPullRequestCommand,
  PostCommentReplyCommand,
  PutCommentReactionCommand,
  UpdateCommentCommand,
} from '@aws-sdk/client-codecommit';
import {
  numbered,
  putFile,
  seedRepository,
  reviewEmulatorForFile,
} from './review-workflow-fixture.ts';

let beforeCommitId: string;
let afterCommitId: string;

const review = reviewEmulatorForFile(async ({ admin, developer }) => {
  beforeCommitId = await seedRepository(admin, 'talk');
  afterCommitId = await putFile(
    developer,
    'talk',
    'feature',
    'lines.txt',
    numbered(10, { 3: 'line three' }),
  );
});

const onLine = (filePosition: number, relativeFileVersion: 'BEFORE' | 'AFTER' = 'AFTER') => ({
  filePath: 'lines.txt',
  filePosition,
  relativeFileVersion,
});

describe('comments on compared commits', () => {
  test('a line comment records both blobs and shows up grouped by location, with replies', async () => {
    const posted = await review.developer.send(
      new PostCommentForComparedCommitCommand({
        repositoryName: 'talk',
        beforeCommitId,
        afterCommitId,
        location: onLine(3),
        content: 'Why words?',
      }),
    );
    expect(posted).toMatchObject({
      repositoryName: 'talk',
      beforeCommitId,
      afterCommitId,
      location: onLine(3),
    });
    expect(posted.beforeBlobId).toMatch(/^[0-9a-f]{40}$/);
    expect(posted.afterBlobId).not.toBe(posted.beforeBlobId);
    expect(posted.comment).toMatchObject({
      content: 'Why words?',
      authorArn: review.emulator.user('developer').arn,
      deleted: false,
      callerReactions: [],
      reactionCounts: {},
    });
    const reply = await review.admin.send(
      new PostCommentReplyCommand({
        inReplyTo: posted.comment?.commentId,
        content: 'They read better.',
      }),
    );
    expect(reply.comment).toMatchObject({
      inReplyTo: posted.comment?.commentId,
      authorArn: review.emulator.user('admin').arn,
    });
    await review.developer.send(
      new PostCommentForComparedCommitCommand({
        repositoryName: 'talk',
        beforeCommitId,
        afterCommitId,
        content: 'Overall fine.',
      }),
    );
    const listed = await review.admin.send(
      new GetCommentsForComparedCommitCommand({
        repositoryName: 'talk',
        beforeCommitId,
        afterCommitId,
      }),
    );
    expect(
      listed.commentsForComparedCommitData?.map((group) =>
        group.comments?.map((comment) => comment.content),
      ),
    ).toEqual([['Why words?', 'They read better.'], ['Overall fine.']]);
    expect(listed.commentsForComparedCommitData?.[0]?.location).toEqual(onLine(3));
    const firstPage = await review.admin.send(
      new GetCommentsForComparedCommitCommand({
        repositoryName: 'talk',
        beforeCommitId,
        afterCommitId,
        maxResults: 1,
      }),
    );
    expect(firstPage.commentsForComparedCommitData?.length).toBe(1);
    const secondPage = await review.admin.send(
      new GetCommentsForComparedCommitCommand({
        repositoryName: 'talk',
        beforeCommitId,
        afterCommitId,
        maxResults: 1,
        nextToken: firstPage.nextToken,
      }),
    );
    expect(secondPage.commentsForComparedCommitData?.[0]?.comments?.[0]?.content).toBe(
      'Overall fine.',
    );
    expect(secondPage.nextToken).toBeUndefined();
  });

  test('refuses bad comments with the exceptions CodeCommit declares', async () => {
    const post = (
      overrides: Partial<ConstructorParameters<typeof PostCommentForComparedCommitCommand>[0]>,
    ) =>
      review.developer.send(
        new PostCommentForComparedCommitCommand({
          repositoryName: 'talk',
          beforeCommitId,
          afterCommitId,
          content: 'x',
          ...overrides,
        }),
      );
    await expect(post({ content: 'x'.repeat(10_241) })).rejects.toMatchObject({
      name: 'CommentContentSizeLimitExceededException',
    });
    expect((await post({ content: 'y'.repeat(10_240) })).comment?.content?.length).toBe(10_240);
    await expect(post({ content: '' })).rejects.toMatchObject({
      name: 'CommentContentRequiredException',
    });
    await expect(post({ beforeCommitId: afterCommitId })).rejects.toMatchObject({
      name: 'BeforeCommitIdAndAfterCommitIdAreSameException',
    });
    await expect(post({ afterCommitId: 'f'.repeat(40) })).rejects.toMatchObject({
      name: 'CommitDoesNotExistException',
    });
    await expect(post({ afterCommitId: 'main' })).rejects.toMatchObject({
      name: 'InvalidCommitIdException',
    });
    await expect(
      post({
        location: { filePath: 'nothing.txt', filePosition: 1, relativeFileVersion: 'AFTER' },
      }),
    ).rejects.toMatchObject({ name: 'PathDoesNotExistException' });
    await expect(
      post({ location: { filePath: 'lines.txt', filePosition: -1, relativeFileVersion: 'AFTER' } }),
    ).rejects.toMatchObject({ name: 'InvalidFilePositionException' });
    await expect(
      post({ location: { filePath: '../x', filePosition: 1, relativeFileVersion: 'AFTER' } }),
    ).rejects.toMatchObject({ name: 'InvalidPathException' });
    await expect(
      review.emulator.client('reader').send(
        new PostCommentForComparedCommitCommand({
          repositoryName: 'talk',
          afterCommitId,
          content: 'x',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  test('a clientRequestToken makes posting idempotent', async () => {
    const first = await review.developer.send(
      new PostCommentForComparedCommitCommand({
        repositoryName: 'talk',
        afterCommitId,
        content: 'Once',
        clientRequestToken: 'once-1',
      }),
    );
    const again = await review.developer.send(
      new PostCommentForComparedCommitCommand({
        repositoryName: 'talk',
        afterCommitId,
        content: 'Once',
        clientRequestToken: 'once-1',
      }),
    );
    expect(again.comment?.commentId).toBe(first.comment?.commentId);
    await expect(
      review.developer.send(
        new PostCommentForComparedCommitCommand({
          repositoryName: 'talk',
          afterCommitId,
          content: 'Twice',
          clientRequestToken: 'once-1',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'IdempotencyParameterMismatchException',
    });
  });
});

describe('comments on pull requests', () => {
  test('post, edit (author only), react, and delete content (admin only)', async () => {
    const { pullRequest } = await review.developer.send(
      new CreatePullRequestCommand({
        title: 'Talk',
        targets: [{ repositoryName: 'talk', sourceReference: 'feature' }],
      }),
    );
    const target = pullRequest?.pullRequestTargets?.[0];
    const posted = await review.admin.send(
      new PostCommentForPullRequestCommand({
        pullRequestId: pullRequest?.pullRequestId,
        repositoryName: 'talk',
        beforeCommitId: target?.destinationCommit,
        afterCommitId: target?.sourceCommit,
        location: onLine(3, 'BEFORE'),
        content: 'Was fine before.',
      }),
    );
    expect(posted).toMatchObject({
      pullRequestId: pullRequest?.pullRequestId,
      repositoryName: 'talk',
      location: onLine(3, 'BEFORE'),
    });
    const commentId = posted.comment?.commentId;
    await expect(
      review.developer.send(new UpdateCommentCommand({ commentId, content: 'Hijacked' })),
    ).rejects.toMatchObject({ name: 'CommentNotCreatedByCallerException' });
    const edited = await review.admin.send(
      new UpdateCommentCommand({ commentId, content: 'Was fine before, truly.' }),
    );
    expect(edited.comment?.content).toBe('Was fine before, truly.');

    await review.developer.send(
      new PutCommentReactionCommand({ commentId, reactionValue: ':thumbsup:' }),
    );
    await review.admin.send(new PutCommentReactionCommand({ commentId, reactionValue: '👍' }));
    await review.emulator
      .client('admin')
      .send(new PutCommentReactionCommand({ commentId, reactionValue: 'U+1F389' }));
    await expect(
      review.developer.send(
        new PutCommentReactionCommand({ commentId, reactionValue: ':banana:' }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidReactionValueException' });
    const reactions = await review.developer.send(new GetCommentReactionsCommand({ commentId }));
    expect(reactions.reactionsForComment).toEqual([
      {
        reaction: { emoji: '👍', shortCode: 'thumbsup', unicode: 'U+1F44D' },
        reactionUsers: [review.emulator.user('developer').arn],
        reactionsFromDeletedUsersCount: 0,
      },
      {
        reaction: { emoji: '🎉', shortCode: 'hooray', unicode: 'U+1F389' },
        reactionUsers: [review.emulator.user('admin').arn],
        reactionsFromDeletedUsersCount: 0,
      },
    ]);
    const mine = await review.developer.send(
      new GetCommentReactionsCommand({
        commentId,
        reactionUserArn: review.emulator.user('admin').arn,
      }),
    );
    expect(mine.reactionsForComment?.map((reaction) => reaction.reaction?.shortCode)).toEqual([
      'hooray',
    ]);
    const seen = await review.developer.send(new GetCommentCommand({ commentId }));
    expect(seen.comment).toMatchObject({
      callerReactions: ['THUMBSUP'],
      reactionCounts: { THUMBSUP: 1, HOORAY: 1 },
    });
    await review.developer.send(
      new PutCommentReactionCommand({ commentId, reactionValue: 'none' }),
    );
    expect(
      (await review.developer.send(new GetCommentCommand({ commentId }))).comment?.reactionCounts,
    ).toEqual({ HOORAY: 1 });

    await expect(
      review.developer.send(new DeleteCommentContentCommand({ commentId })),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
    const deleted = await review.admin.send(new DeleteCommentContentCommand({ commentId }));
    expect(deleted.comment).toMatchObject({ commentId, deleted: true });
    expect(deleted.comment?.content).toBeUndefined();
    await expect(review.admin.send(new GetCommentCommand({ commentId }))).rejects.toMatchObject({
      name: 'CommentDeletedException',
    });
    const listed = await review.developer.send(
      new GetCommentsForPullRequestCommand({ pullRequestId: pullRequest?.pullRequestId }),
    );
    expect(listed.commentsForPullRequestData?.[0]).toMatchObject({
      pullRequestId: pullRequest?.pullRequestId,
      repositoryName: 'talk',
      location: onLine(3, 'BEFORE'),
    });
    expect(listed.commentsForPullRequestData?.[0]?.comments?.[0]?.deleted).toBe(true);
    await expect(
      review.developer.send(new GetCommentCommand({ commentId: 'no-such-comment' })),
    ).rejects.toMatchObject({ name: 'CommentDoesNotExistException' });
  });
});
