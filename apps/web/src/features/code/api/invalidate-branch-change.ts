import type { QueryClient } from '@tanstack/react-query';
import { getFileQueryOptions } from './get-file.ts';
import { getFolderQueryOptions } from './get-folder.ts';
import { listBranchesQueryOptions } from './list-branches.ts';

/**
 * After a commit to a branch through the console: the branch tips, the folder it changed and,
 * when one file was written, that file's view at the branch are stale.
 */
export const invalidateBranchChange = (
  queryClient: QueryClient,
  change: { repositoryName: string; branchName: string; folderPath: string; filePath?: string },
) => {
  const { repositoryName, branchName, folderPath, filePath } = change;
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: listBranchesQueryOptions(repositoryName).queryKey }),
    queryClient.invalidateQueries({
      queryKey: getFolderQueryOptions({ repositoryName, commitSpecifier: branchName, folderPath })
        .queryKey,
    }),
    filePath === undefined
      ? undefined
      : queryClient.invalidateQueries({
          queryKey: getFileQueryOptions({ repositoryName, commitSpecifier: branchName, filePath })
            .queryKey,
        }),
  ]);
};
