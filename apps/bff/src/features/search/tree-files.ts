import { getFolder } from '../../gateway/code.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';

/** A file of a tree: its path and the blob that holds its content. */
export interface TreeFile {
  filePath: string;
  blobId: string;
}

export interface TreeFiles {
  files: TreeFile[];
  /** Folders not read because the file bound was reached first (their files are not counted). */
  foldersLeft: number;
}

const treeKey = (repositoryName: string, commitId: string, folderPath: string, limit: number) =>
  `tree-files\u0000${repositoryName}\u0000${commitId}\u0000${folderPath}\u0000${limit}`;

/**
 * Every file under a folder at a commit, in path order, read with GetFolder one level at a time
 * (the folders of a level are asked together, so a tree costs as many sequential calls as it is
 * deep). Stops reading further levels once `limit` files are known. Cached by commit id.
 */
export async function listTreeFiles(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitId: string; folderPath: string; limit: number },
): Promise<TreeFiles> {
  const { repositoryName, commitId, limit } = input;
  const folderPath = input.folderPath.replace(/^\/+|\/+$/g, '');
  return codeCommit.cache.getOrLoad(
    treeKey(repositoryName, commitId, folderPath, limit),
    async () => {
      const files: TreeFile[] = [];
      let level = [folderPath || '/'];
      while (level.length > 0 && files.length < limit) {
        const folders = await Promise.all(
          level.map((path) =>
            getFolder(codeCommit, { repositoryName, commitSpecifier: commitId, folderPath: path }),
          ),
        );
        level = [];
        for (const folder of folders) {
          for (const file of folder.files)
            if (file.absolutePath && file.blobId)
              files.push({ filePath: file.absolutePath, blobId: file.blobId });
          for (const sub of folder.subFolders) if (sub.absolutePath) level.push(sub.absolutePath);
        }
      }
      files.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
      return { files, foldersLeft: level.length };
    },
  );
}
