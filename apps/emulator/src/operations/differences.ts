import type {
  GetBlobDifferencesInput,
  GetBlobDifferencesOutput,
  GetDifferencesInput,
  GetDifferencesOutput,
} from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import type { Handler, OperationTable } from './types.ts';
import { requireCommit } from '../git/require-commit.ts';
import { parsePath } from '../git/parse-path.ts';
import { findEntry } from '../git/find-entry.ts';
import { diffTrees } from '../git/diff-trees.ts';
import { diffBlobs, isBinaryContent } from '../git/diff-blobs.ts';
import { readObject } from '../git/object-reader.ts';
import { isObjectId } from '../git/object-id.ts';
import { MAX_FILE_BYTES } from '../git/decode-file-content.ts';
import { requireMaxResults } from '../git/require-max-results.ts';
import { decodeContinuationToken, encodeContinuationToken } from '../git/continuation-token.ts';
import type { GitCommit } from '../git/parse-commit.ts';

const MAX_CONTEXT_LINES = 20;

/** A page of an immutable list, resumed by index. */
const pageOf = <T>(items: readonly T[], kind: string, token: unknown, maxResults: number) => {
  const position = decodeContinuationToken({ kind, token });
  const from = position === undefined ? 0 : Number(position);
  if (!Number.isInteger(from) || from < 0 || from > items.length) {
    fail(
      'InvalidContinuationTokenException',
      'The continuation token does not match these results.',
    );
  }
  const page = items.slice(from, from + maxResults);
  const next = from + page.length;
  return {
    page,
    nextToken:
      next < items.length ? encodeContinuationToken({ kind, position: String(next) }) : undefined,
  };
};

const checkPathExists = async (gitDir: string, commit: GitCommit, path: string[]) => {
  if (path.length > 0 && !(await findEntry({ gitDir, treeId: commit.treeId, path }))) {
    fail(
      'PathDoesNotExistException',
      `The path ${path.join('/')} does not exist at commit ${commit.commitId}.`,
    );
  }
};

const getDifferences: Handler<GetDifferencesInput, GetDifferencesOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, defaultBranch } = repository;
  if (
    input.afterCommitSpecifier === undefined ||
    input.afterCommitSpecifier === null ||
    input.afterCommitSpecifier === ''
  ) {
    return fail('CommitRequiredException', 'afterCommitSpecifier is required.');
  }
  const maxResults = requireMaxResults({ maxResults: input.MaxResults, fallback: 100, max: 1000 });
  const beforePath =
    input.beforePath === undefined ? [] : parsePath({ path: input.beforePath, folder: true });
  const afterPath =
    input.afterPath === undefined ? [] : parsePath({ path: input.afterPath, folder: true });
  const after = await requireCommit({
    gitDir,
    specifier: input.afterCommitSpecifier,
    defaultBranch,
  });
  const before =
    input.beforeCommitSpecifier === undefined ||
    input.beforeCommitSpecifier === null ||
    input.beforeCommitSpecifier === ''
      ? undefined
      : await requireCommit({ gitDir, specifier: input.beforeCommitSpecifier, defaultBranch });
  if (before) await checkPathExists(gitDir, before, beforePath);
  await checkPathExists(gitDir, after, afterPath);
  const paths = [
    ...new Set([beforePath.join('/'), afterPath.join('/')].filter((path) => path !== '')),
  ];
  const differences = await diffTrees({
    gitDir,
    beforeTreeId: before?.treeId,
    afterTreeId: after.treeId,
    paths,
  });
  const { page, nextToken } = pageOf(differences, 'GetDifferences', input.NextToken, maxResults);
  return { differences: page, ...(nextToken ? { NextToken: nextToken } : {}) };
};

const readDiffBlob = async (
  gitDir: string,
  blobId: unknown,
  required: boolean,
): Promise<Buffer | undefined> => {
  if (blobId === undefined || blobId === null || blobId === '') {
    return required ? fail('BlobIdRequiredException', 'afterBlobId is required.') : undefined;
  }
  if (!isObjectId(blobId))
    return fail('InvalidBlobIdException', `${JSON.stringify(blobId)} is not a full blob id.`);
  const blob = await readObject({ gitDir, name: blobId });
  if (blob?.type !== 'blob')
    return fail('BlobIdDoesNotExistException', `The blob ${blobId} does not exist.`);
  if (blob.content.length > MAX_FILE_BYTES)
    fail('FileTooLargeException', `The blob ${blobId} is larger than ${MAX_FILE_BYTES} bytes.`);
  return blob.content;
};

const getBlobDifferences: Handler<GetBlobDifferencesInput, GetBlobDifferencesOutput> = async (
  input,
  ctx,
) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir } = repository;
  const contextLines = input.contextLines ?? 3;
  if (!Number.isInteger(contextLines) || contextLines < 0 || contextLines > MAX_CONTEXT_LINES) {
    fail(
      'ValidationException',
      `contextLines must be a whole number from 0 to ${MAX_CONTEXT_LINES}, not ${JSON.stringify(contextLines)}.`,
    );
  }
  if (input.ignoreWhitespace !== undefined && typeof input.ignoreWhitespace !== 'boolean') {
    fail('ValidationException', 'ignoreWhitespace must be true or false.');
  }
  const maxResults = requireMaxResults({ maxResults: input.MaxResults, fallback: 100, max: 1000 });
  const afterContent = (await readDiffBlob(gitDir, input.afterBlobId, true)) ?? Buffer.alloc(0);
  const beforeContent = await readDiffBlob(gitDir, input.beforeBlobId, false);
  const isBinary =
    isBinaryContent(afterContent) ||
    (beforeContent !== undefined && isBinaryContent(beforeContent));
  const hunks = isBinary
    ? []
    : await diffBlobs({
        gitDir,
        beforeBlobId: input.beforeBlobId || undefined,
        afterBlobId: input.afterBlobId ?? '',
        contextLines,
        ignoreWhitespace: input.ignoreWhitespace === true,
      });
  const { page, nextToken } = pageOf(hunks, 'GetBlobDifferences', input.NextToken, maxResults);
  return {
    hunks: page,
    isBinary,
    beforeBlobSize: beforeContent?.length ?? 0,
    afterBlobSize: afterContent.length,
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
};

export const differenceOperations: OperationTable = {
  GetDifferences: getDifferences,
  GetBlobDifferences: getBlobDifferences,
};
