import { randomUUID } from 'node:crypto';
import type { Location } from '@aws-sdk/client-codecommit';
import type { OperationContext, RepositoryRecord } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { publishCommentEvent } from '../eventbridge/register.ts';
import { findEntry } from '../git/find-entry.ts';
import { isObjectId } from '../git/object-id.ts';
import { readObject } from '../git/object-reader.ts';
import { parseCommit, type GitCommit } from '../git/parse-commit.ts';
import { parsePath } from '../git/parse-path.ts';
import { isTree } from '../git/tree-entry.ts';
import { findCommentByToken, insertComment, type CommentRecord } from './comment-store.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

/** CodeCommit's limit for one comment. */
export const MAX_COMMENT_CHARACTERS = 10_240;

/** The content of a comment, or CommentContentSizeLimitExceededException past 10,240 characters. */
export const requireCommentContent = (content: string | undefined): string => {
  if (content === undefined || content === '')
    return failInAwsWords('CommentContentRequiredException');
  if (content.length > MAX_COMMENT_CHARACTERS) {
    fail(
      'CommentContentSizeLimitExceededException',
      `A comment has at most ${MAX_COMMENT_CHARACTERS} characters; this one has ${content.length}.`,
    );
  }
  return content;
};

export const requireCommitId = async (
  repository: RepositoryRecord,
  commitId: string,
): Promise<GitCommit> => {
  if (!isObjectId(commitId))
    fail(
      'InvalidCommitIdException',
      `${JSON.stringify(commitId)} is not a full commit ID (40 hexadecimal characters).`,
    );
  const object = await readObject({ gitDir: repository.gitDir, name: `${commitId}^{commit}` });
  if (!object)
    return fail(
      'CommitDoesNotExistException',
      `The commit ${commitId} does not exist in ${repository.repositoryName}.`,
    );
  return parseCommit({ commitId: object.oid, content: object.content });
};

const blobAt = async (
  gitDir: string,
  commit: GitCommit | undefined,
  path: string[],
): Promise<string | undefined> => {
  if (!commit) return undefined;
  const entry = await findEntry({ gitDir, treeId: commit.treeId, path });
  return entry && !isTree(entry) ? entry.oid : undefined;
};

/** Checks a comment's location against the compared commits and finds the file's blob on each side. */
const locate = async (
  repository: RepositoryRecord,
  location: Location | undefined,
  before: GitCommit | undefined,
  after: GitCommit,
): Promise<Pick<CommentRecord, 'location' | 'beforeBlobId' | 'afterBlobId'>> => {
  if (!location) return {};
  if (location.filePath === undefined || location.filePath === '')
    return fail('PathRequiredException', 'A comment location needs a filePath.');
  const path = parsePath({ path: location.filePath });
  if (location.filePosition !== undefined && location.filePosition < 0) {
    fail(
      'InvalidFilePositionException',
      `The file position ${location.filePosition} is not valid: it is a line number, 0 or more.`,
    );
  }
  const relativeFileVersion = location.relativeFileVersion ?? 'AFTER';
  if (relativeFileVersion === 'BEFORE' && !before) {
    fail(
      'InvalidFileLocationException',
      'A comment on the BEFORE version of a file needs a beforeCommitId.',
    );
  }
  const beforeBlobId = await blobAt(repository.gitDir, before, path);
  const afterBlobId = await blobAt(repository.gitDir, after, path);
  if ((relativeFileVersion === 'BEFORE' ? beforeBlobId : afterBlobId) === undefined) {
    const commitId = relativeFileVersion === 'BEFORE' ? before?.commitId : after.commitId;
    fail(
      'PathDoesNotExistException',
      `There is no file ${location.filePath} in commit ${commitId ?? ''}.`,
    );
  }
  return {
    location: {
      filePath: location.filePath,
      filePosition: location.filePosition,
      relativeFileVersion,
    },
    beforeBlobId,
    afterBlobId,
  };
};

/**
 * Posts a comment on the comparison of two commits, on its own or in a pull request, optionally
 * on a file and a line of its BEFORE or AFTER version. A repeated clientRequestToken from the same
 * author answers the comment it created (IdempotencyParameterMismatchException if the request differs).
 *
 * @example
 * const comment = await postComment(ctx, { repository, afterCommitId, beforeCommitId, location, content });
 */
export const postComment = async (
  ctx: OperationContext,
  request: {
    repository: RepositoryRecord;
    pullRequestId?: string;
    beforeCommitId?: string;
    afterCommitId: string;
    location?: Location;
    content: string | undefined;
    clientRequestToken?: string;
  },
): Promise<CommentRecord> => {
  const content = requireCommentContent(request.content);
  if (request.clientRequestToken !== undefined) {
    const existing = findCommentByToken(ctx.db, ctx.caller.arn, request.clientRequestToken);
    if (existing) {
      const same =
        existing.content === content &&
        existing.afterCommitId === request.afterCommitId &&
        existing.beforeCommitId === request.beforeCommitId &&
        existing.pullRequestId === request.pullRequestId &&
        existing.location?.filePath === request.location?.filePath &&
        existing.location?.filePosition === request.location?.filePosition;
      if (!same)
        fail(
          'IdempotencyParameterMismatchException',
          'This clientRequestToken was already used for a different comment.',
        );
      return existing;
    }
  }
  if (request.beforeCommitId !== undefined && request.beforeCommitId === request.afterCommitId) {
    fail(
      'BeforeCommitIdAndAfterCommitIdAreSameException',
      'The before and after commits of a comparison must differ.',
    );
  }
  const after = await requireCommitId(request.repository, request.afterCommitId);
  const before =
    request.beforeCommitId === undefined
      ? undefined
      : await requireCommitId(request.repository, request.beforeCommitId);
  const now = new Date();
  const comment: CommentRecord = {
    commentId: randomUUID(),
    repositoryId: request.repository.repositoryId,
    pullRequestId: request.pullRequestId,
    beforeCommitId: before?.commitId,
    afterCommitId: after.commitId,
    ...(await locate(request.repository, request.location, before, after)),
    content,
    authorArn: ctx.caller.arn,
    creationDate: now,
    lastModifiedDate: now,
    deleted: false,
    clientRequestToken: request.clientRequestToken,
  };
  insertComment(ctx.db, comment);
  publishCommentEvent(ctx, { comment, change: 'Created' });
  return comment;
};
