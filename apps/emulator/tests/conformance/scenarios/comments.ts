import {
  PostCommentForComparedCommitCommand,
  PutCommentReactionCommand,
} from '@aws-sdk/client-codecommit';
import type { Scenarios } from '../scenario.ts';
import type { World } from '../world.ts';

const comparedCommitComment = async (world: World) => {
  const posted = await world.client().send(
    new PostCommentForComparedCommitCommand({
      repositoryName: world.repositoryName,
      beforeCommitId: world.mainTip,
      afterCommitId: world.featureTip,
      content: 'A comment on two commits.',
    }),
  );
  return posted.comment?.commentId ?? '';
};

export const commentScenarios: Scenarios = {
  PostCommentForComparedCommit: {
    valid: async (world) => ({
      repositoryName: world.repositoryName,
      beforeCommitId: world.mainTip,
      afterCommitId: world.featureTip,
      location: { filePath: 'lines.txt', filePosition: 2, relativeFileVersion: 'BEFORE' },
      content: 'This line changed.',
      clientRequestToken: world.unique('token'),
    }),
  },
  PostCommentForPullRequest: {
    valid: async (world) => {
      const shared = await world.sharedPullRequest();
      return {
        pullRequestId: shared.pullRequestId,
        repositoryName: world.repositoryName,
        beforeCommitId: shared.destinationCommit,
        afterCommitId: shared.sourceCommit,
        location: { filePath: 'lines.txt', filePosition: 3, relativeFileVersion: 'AFTER' },
        content: 'Why this line?',
        clientRequestToken: world.unique('token'),
      };
    },
  },
  PostCommentReply: {
    valid: async (world) => ({
      inReplyTo: await world.comment(),
      content: 'Because.',
      clientRequestToken: world.unique('token'),
    }),
  },
  GetComment: { valid: async (world) => ({ commentId: await world.comment() }) },
  GetCommentsForComparedCommit: {
    valid: async (world) => {
      await comparedCommitComment(world);
      return {
        repositoryName: world.repositoryName,
        beforeCommitId: world.mainTip,
        afterCommitId: world.featureTip,
        maxResults: 10,
      };
    },
  },
  GetCommentsForPullRequest: {
    valid: async (world) => {
      await world.comment();
      return { pullRequestId: (await world.sharedPullRequest()).pullRequestId, maxResults: 10 };
    },
  },
  UpdateComment: {
    valid: async (world) => ({ commentId: await world.comment(), content: 'Edited.' }),
  },
  DeleteCommentContent: { valid: async (world) => ({ commentId: await world.newComment() }) },
  PutCommentReaction: {
    valid: async (world) => ({ commentId: await world.comment(), reactionValue: ':thumbsup:' }),
  },
  GetCommentReactions: {
    valid: async (world) => {
      const commentId = await world.comment();
      await world
        .client('developer')
        .send(new PutCommentReactionCommand({ commentId, reactionValue: ':heart:' }));
      return { commentId, maxResults: 10 };
    },
  },
};
