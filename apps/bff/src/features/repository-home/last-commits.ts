import type { Commit } from '@cc/shared/commits';
import type { LastCommits } from '@cc/shared/repository-home';
import { resolveCommitId } from '../../gateway/commits.ts';
import { GatewayError } from '../../gateway/errors.ts';
import { listFileVersions } from '../../gateway/file-versions.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';

/**
 * The last commit that changed each of a folder's entries: ListFileCommitHistory with one
 * result per path, asked together and cached by commit id. The web app asks only for the rows
 * in view, at most MAX_LAST_COMMIT_PATHS a request, so a folder of 5,000 entries costs what its
 * visible rows cost. A path CodeCommit gives no history for (AWS documents the operation for
 * files; the emulator answers for folders as `git log -- <folder>` does) is null.
 */
export async function lastCommits(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitSpecifier?: string; paths: string[] },
): Promise<LastCommits> {
  const { repositoryName } = input;
  const commitId = await resolveCommitId(codeCommit, repositoryName, input.commitSpecifier);
  const entries = await Promise.all(
    input.paths.map(async (path): Promise<[string, Commit | null]> => {
      try {
        const page = await listFileVersions(codeCommit, {
          repositoryName,
          commitId,
          filePath: path,
          maxResults: 1,
        });
        return [path, page.versions[0]?.commit ?? null];
      } catch (error) {
        if (error instanceof GatewayError && error.status < 500 && error.status !== 403)
          return [path, null];
        throw error;
      }
    }),
  );
  return { commitId, lastCommits: Object.fromEntries(entries) };
}
