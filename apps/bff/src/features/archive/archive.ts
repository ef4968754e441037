import type { FileMode } from '@cc/shared/code';
import { getBlob, getFolder } from '../../gateway/code.ts';
import { GatewayError } from '../../gateway/errors.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { MAX_ZIP_ENTRIES, type ZipEntry } from './zip.ts';

export interface ArchiveFile {
  /** Path from the archived folder. */
  path: string;
  blobId: string;
  fileMode: FileMode;
}

const unixModes: Record<FileMode, number> = {
  NORMAL: 0o100644,
  EXECUTABLE: 0o100755,
  SYMLINK: 0o120777,
};

/** Blobs fetched ahead of the one being written, so the archive streams at the speed of many calls. */
const PREFETCH = 8;

/** Every file and symbolic link under a folder at a commit, walking subfolders in parallel (GetFolder each, cached). */
export async function listArchiveFiles(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitId: string; folderPath: string },
): Promise<ArchiveFile[]> {
  const root = input.folderPath.replace(/^\/+|\/+$/g, '');
  const files: ArchiveFile[] = [];
  const walk = async (folderPath: string): Promise<void> => {
    const folder = await getFolder(codeCommit, {
      repositoryName: input.repositoryName,
      commitSpecifier: input.commitId,
      folderPath: folderPath || '/',
    });
    for (const file of [...folder.files, ...folder.symbolicLinks]) {
      if (!file.absolutePath || !file.blobId) continue;
      const path = root ? file.absolutePath.slice(root.length + 1) : file.absolutePath;
      files.push({ path, blobId: file.blobId, fileMode: file.fileMode ?? 'NORMAL' });
    }
    if (files.length > MAX_ZIP_ENTRIES) {
      throw new GatewayError(
        413,
        `This folder holds more than ${MAX_ZIP_ENTRIES} files, too many for one ZIP archive; download a subfolder.`,
      );
    }
    await Promise.all(folder.subFolders.map((sub) => walk(sub.absolutePath ?? '')));
  };
  await walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The archive's entries in order, each blob fetched with GetBlob a few files ahead. Files
 * CodeCommit will not return through its API (over 6 MB) are listed in a note instead.
 */
export async function* archiveEntries(
  codeCommit: CodeCommit,
  repositoryName: string,
  prefix: string,
  files: ArchiveFile[],
): AsyncGenerator<ZipEntry> {
  const fetchBlob = (file: ArchiveFile) =>
    getBlob(codeCommit, repositoryName, file.blobId).catch((error: unknown) => {
      if (error instanceof GatewayError && error.code === 'FileTooLargeException') return undefined;
      throw error;
    });
  const pending = files.slice(0, PREFETCH).map(fetchBlob);
  const tooLarge: string[] = [];
  for (const [index, file] of files.entries()) {
    const next = files[index + PREFETCH];
    if (next) pending.push(fetchBlob(next));
    const content = await pending[index];
    pending[index] = Promise.resolve(undefined);
    if (content === undefined) tooLarge.push(file.path);
    else yield { path: `${prefix}/${file.path}`, mode: unixModes[file.fileMode], content };
  }
  if (tooLarge.length > 0) {
    const note = `CodeCommit's API does not return files over 6 MB; clone the repository to get these:\n${tooLarge.join('\n')}\n`;
    yield {
      path: `${prefix}/FILES-NOT-INCLUDED.txt`,
      mode: unixModes.NORMAL,
      content: new TextEncoder().encode(note),
    };
  }
}
