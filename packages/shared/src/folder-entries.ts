export type EntryKind = 'folder' | 'file' | 'symlink' | 'submodule';

export type FolderEntry = {
  kind: EntryKind;
  absolutePath: string;
  relativePath: string;
  commitId?: string;
};

type Named = { absolutePath?: string | undefined; relativePath?: string | undefined };

type FolderContents = {
  subFolders?: Named[] | undefined;
  files?: Named[] | undefined;
  symbolicLinks?: Named[] | undefined;
  subModules?: (Named & { commitId?: string | undefined })[] | undefined;
};

const byName = (a: FolderEntry, b: FolderEntry) =>
  a.relativePath.localeCompare(b.relativePath, undefined, { numeric: true, sensitivity: 'base' });

function entries(kind: EntryKind, items: Named[] | undefined): FolderEntry[] {
  return (items ?? [])
    .map((item) => ({
      kind,
      absolutePath: item.absolutePath ?? '',
      relativePath: item.relativePath ?? '',
    }))
    .sort(byName);
}

/** A folder's contents as one list: folders first, then files, links and submodules, each by name. */
export function folderEntries(folder: FolderContents): FolderEntry[] {
  const subModules = (folder.subModules ?? [])
    .map((item) => ({
      kind: 'submodule' as const,
      absolutePath: item.absolutePath ?? '',
      relativePath: item.relativePath ?? '',
      commitId: item.commitId ?? '',
    }))
    .sort(byName);
  return [
    ...entries('folder', folder.subFolders),
    ...[...entries('file', folder.files), ...entries('symlink', folder.symbolicLinks)].sort(byName),
    ...subModules,
  ];
}

/** The folder a path sits in ('' for the root). */
export const parentPath = (path: string) => path.split('/').filter(Boolean).slice(0, -1).join('/');
