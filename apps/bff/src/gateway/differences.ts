import {
  GetBlobDifferencesCommand,
  GetDifferencesCommand,
  GetMergeCommitCommand,
} from '@aws-sdk/client-codecommit';
import type { BlobDifferences, Difference, DiffHunk } from '@cc/shared/differences';
import { getBranchTip } from './branches.ts';
import { isCommitId, type CodeCommit } from './gateway.ts';

export interface DifferencesRequest {
  repositoryName: string;
  beforeCommitSpecifier?: string;
  afterCommitSpecifier: string;
  beforePath?: string;
  afterPath?: string;
}

/** A branch name as its tip's commit id (one GetBranch); other specifiers as they are. */
async function pinBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string | undefined,
): Promise<string | undefined> {
  if (commitSpecifier === undefined || isCommitId(commitSpecifier)) return commitSpecifier;
  return (await getBranchTip(codeCommit, repositoryName, commitSpecifier)) ?? commitSpecifier;
}

/**
 * Every difference between two commits (GetDifferences, page by page), cached by commit ids.
 * GetDifferences does not say which commits it compared, so a branch name is resolved first
 * with GetBranch: that is all a warm view by branch name costs.
 */
export async function getDifferences(
  codeCommit: CodeCommit,
  request: DifferencesRequest,
): Promise<Difference[]> {
  await codeCommit.readsChecked(request.repositoryName, 'differences');
  const { repositoryName } = request;
  const [beforeCommitSpecifier, afterCommitSpecifier = request.afterCommitSpecifier] =
    await Promise.all([
      pinBranch(codeCommit, repositoryName, request.beforeCommitSpecifier),
      pinBranch(codeCommit, repositoryName, request.afterCommitSpecifier),
    ]);
  const pinned = { ...request, beforeCommitSpecifier, afterCommitSpecifier };
  const load = async () => {
    const differences: Difference[] = [];
    let NextToken: string | undefined;
    do {
      const page = await codeCommit.call((client) =>
        client.send(new GetDifferencesCommand({ ...pinned, MaxResults: 400, NextToken })),
      );
      differences.push(...(page.differences ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    return differences;
  };
  const immutable =
    isCommitId(afterCommitSpecifier) &&
    (beforeCommitSpecifier === undefined || isCommitId(beforeCommitSpecifier));
  if (!immutable) return load();
  const key = [
    'differences',
    repositoryName,
    beforeCommitSpecifier ?? '',
    afterCommitSpecifier,
    request.beforePath ?? '',
    request.afterPath ?? '',
  ];
  return codeCommit.cache.getOrLoad(key.join('\u0000'), load);
}

export interface BlobDifferencesRequest {
  repositoryName: string;
  beforeBlobId?: string;
  afterBlobId: string;
  contextLines?: number;
  ignoreWhitespace?: boolean;
}

/** Line hunks between two blobs (GetBlobDifferences, every page); blobs never change, so always cached. */
export async function getBlobDifferences(
  codeCommit: CodeCommit,
  request: BlobDifferencesRequest,
): Promise<BlobDifferences> {
  await codeCommit.readsChecked(request.repositoryName, 'blob-differences');
  const key = [
    'blob-differences',
    request.repositoryName,
    request.beforeBlobId ?? '',
    request.afterBlobId,
    request.contextLines ?? '',
    request.ignoreWhitespace ?? '',
  ];
  return codeCommit.cache.getOrLoad(key.join('\u0000'), async () => {
    const hunks: DiffHunk[] = [];
    let result: BlobDifferences | undefined;
    let NextToken: string | undefined;
    do {
      const page = await codeCommit.call((client) =>
        client.send(new GetBlobDifferencesCommand({ ...request, NextToken })),
      );
      hunks.push(...(page.hunks ?? []));
      result = {
        hunks,
        isBinary: page.isBinary ?? false,
        beforeBlobSize: page.beforeBlobSize,
        afterBlobSize: page.afterBlobSize ?? 0,
      };
      NextToken = page.NextToken;
    } while (NextToken);
    return result;
  });
}

export interface MergeBase {
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId: string;
}

/** The commits two specifiers name and their merge base, from GetMergeCommit; cached for commit ids. */
export async function getMergeBase(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    sourceCommitSpecifier: string;
    destinationCommitSpecifier: string;
  },
): Promise<MergeBase> {
  const load = async (): Promise<MergeBase> => {
    const output = await codeCommit.call((client) => client.send(new GetMergeCommitCommand(input)));
    return {
      sourceCommitId: output.sourceCommitId ?? '',
      destinationCommitId: output.destinationCommitId ?? '',
      baseCommitId: output.baseCommitId ?? '',
    };
  };
  if (!isCommitId(input.sourceCommitSpecifier) || !isCommitId(input.destinationCommitSpecifier))
    return load();
  const key = [
    'merge-base',
    input.repositoryName,
    input.sourceCommitSpecifier,
    input.destinationCommitSpecifier,
  ];
  return codeCommit.cache.getOrLoad(key.join('\u0000'), load);
}
