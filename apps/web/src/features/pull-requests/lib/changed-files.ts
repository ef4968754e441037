export type ChangeType = 'A' | 'D' | 'M';

/** One changed file of a pull request, in the words of GetDifferences. */
export interface ChangedFile {
  /** The path after the change (before it, for a deleted file). */
  path: string;
  changeType: ChangeType;
  beforeBlobId?: string;
  afterBlobId?: string;
  /** Where a renamed or moved file was. */
  beforePath?: string;
}

export type TreeRow =
  | { kind: 'folder'; path: string; name: string; depth: number }
  | { kind: 'file'; file: ChangedFile; name: string; depth: number; index: number };

interface DifferenceLike {
  changeType?: string;
  beforeBlob?: { blobId?: string; path?: string };
  afterBlob?: { blobId?: string; path?: string };
}

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Files in tree order: a folder's own files first, then its subfolders, each by name. */
export function toChangedFiles(differences: readonly DifferenceLike[]): ChangedFile[] {
  const files = differences.map((difference): ChangedFile => {
    const path = difference.afterBlob?.path ?? difference.beforeBlob?.path ?? '';
    const beforePath = difference.beforeBlob?.path;
    return {
      path,
      changeType:
        difference.changeType === 'A' || difference.changeType === 'D'
          ? difference.changeType
          : 'M',
      beforeBlobId: difference.beforeBlob?.blobId,
      afterBlobId: difference.afterBlob?.blobId,
      ...(beforePath && beforePath !== path ? { beforePath } : {}),
    };
  });
  return files.sort((a, b) => {
    const folders = folderOf(a.path).localeCompare(folderOf(b.path));
    return folders || nameOf(a.path).localeCompare(nameOf(b.path));
  });
}

/**
 * Rows of the changed-file tree, with a folder row above each folder's files. `filter` keeps
 * the files whose path holds it (any case); `index` is the file's place in `files`, for n / p.
 */
export function toTreeRows(files: readonly ChangedFile[], filter = ''): TreeRow[] {
  const needle = filter.trim().toLowerCase();
  const rows: TreeRow[] = [];
  const shownFolders = new Set<string>();
  files.forEach((file, index) => {
    if (needle && !file.path.toLowerCase().includes(needle)) return;
    const parts = file.path.split('/');
    for (let depth = 0; depth < parts.length - 1; depth += 1) {
      const folder = parts.slice(0, depth + 1).join('/');
      if (shownFolders.has(folder)) continue;
      shownFolders.add(folder);
      rows.push({ kind: 'folder', path: folder, name: parts[depth] ?? '', depth });
    }
    rows.push({
      kind: 'file',
      file,
      name: parts[parts.length - 1] ?? file.path,
      depth: parts.length - 1,
      index,
    });
  });
  return rows;
}

/** The blob that stands for a file's current state: its new blob, or the old one when deleted. */
export const currentBlobId = (file: ChangedFile): string =>
  file.afterBlobId ?? file.beforeBlobId ?? '';
