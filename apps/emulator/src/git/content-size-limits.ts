import { fail } from '../protocol/errors.ts';
import { MAX_FILE_BYTES } from './decode-file-content.ts';

/** What AWS documents for the new file contents one commit may carry through the API: 7 MB in all. */
export const MAX_COMMIT_CONTENT_BYTES = 7 * 1024 * 1024;
/** ... and 6 MB for the files of any one folder. */
export const MAX_FOLDER_CONTENT_BYTES = 6 * 1024 * 1024;

/**
 * Counts the new file contents of one commit (CreateCommit's putFiles, a merge's replaceContents)
 * against the limits AWS documents: a file at most 6 MB (FileContentSizeLimitExceededException),
 * the files written to one folder at most 6 MB together (FolderContentSizeLimitExceededException),
 * all of them at most 7 MB (FileContentSizeLimitExceededException). Call `add` for each file as it
 * comes, so a request fails before the rest of its content is stored.
 *
 * @example
 * const sizes = contentSizeLimits();
 * for (const put of putFiles) sizes.add(put.path, content.length);
 */
export const contentSizeLimits = (): { add(path: readonly string[], bytes: number): void } => {
  const byFolder = new Map<string, number>();
  let total = 0;
  return {
    add(path, bytes) {
      const shown = path.join('/');
      if (bytes > MAX_FILE_BYTES)
        fail(
          'FileContentSizeLimitExceededException',
          `The content of ${shown} is larger than ${MAX_FILE_BYTES} bytes (6 MB).`,
        );
      const folder = path.slice(0, -1).join('/');
      const inFolder = (byFolder.get(folder) ?? 0) + bytes;
      byFolder.set(folder, inFolder);
      if (inFolder > MAX_FOLDER_CONTENT_BYTES)
        fail(
          'FolderContentSizeLimitExceededException',
          `The files this commit writes to the folder ${folder || '/'} add up to more than ${MAX_FOLDER_CONTENT_BYTES} bytes (6 MB).`,
        );
      total += bytes;
      if (total > MAX_COMMIT_CONTENT_BYTES)
        fail(
          'FileContentSizeLimitExceededException',
          `The file contents of this commit add up to more than ${MAX_COMMIT_CONTENT_BYTES} bytes (7 MB).`,
        );
    },
  };
};
