import { ListFileCommitHistoryCommand } from '@aws-sdk/client-codecommit';
import type { Commit } from '@cc/shared/commits';
import type { CodeCommit } from './gateway.ts';

/** One revision of a file, as ListFileCommitHistory's `revisionDag` gives it. */
export interface FileVersion {
  commit: Commit;
  /** The file's blob at this commit; absent when the path was deleted or is a folder. */
  blobId?: string;
  /** The file's path at this commit. */
  path: string;
  /** Ids of the later revisions made on top of this one. */
  revisionChildren: string[];
}

export interface FileVersionsPage {
  versions: FileVersion[];
  nextToken?: string;
}

/**
 * One page of ListFileCommitHistory with every field the console uses (blob ids, paths,
 * children), cached by the commit id it starts from: a page named by a commit id never changes.
 */
export async function listFileVersions(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    commitId: string;
    filePath: string;
    maxResults: number;
    nextToken?: string;
  },
): Promise<FileVersionsPage> {
  const { repositoryName, commitId, filePath, maxResults, nextToken } = input;
  const key = [
    'file-versions',
    repositoryName,
    commitId,
    filePath,
    maxResults,
    nextToken ?? '',
  ].join('\u0000');
  await codeCommit.readsChecked(repositoryName, 'commit');
  return codeCommit.cache.getOrLoad(key, async () => {
    const output = await codeCommit.call((client) =>
      client.send(
        new ListFileCommitHistoryCommand({
          repositoryName,
          commitSpecifier: commitId,
          filePath,
          maxResults,
          nextToken,
        }),
      ),
    );
    const versions = (output.revisionDag ?? []).flatMap((version): FileVersion[] => {
      const commit = version.commit;
      if (!commit?.commitId) return [];
      return [
        {
          commit: { ...commit, commitId: commit.commitId, parents: commit.parents ?? [] },
          ...(version.blobId ? { blobId: version.blobId } : {}),
          path: version.path ?? filePath,
          revisionChildren: version.revisionChildren ?? [],
        },
      ];
    });
    return { versions, ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
  });
}
