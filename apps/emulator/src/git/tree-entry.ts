/** One entry of a git tree object. */
export interface TreeEntry {
  /** Octal mode as git writes it: 100644, 100755, 120000, 40000 or 160000. */
  mode: string;
  name: string;
  oid: string;
}

export const TREE_MODE = '40000';
export const SUBMODULE_MODE = '160000';
export const SYMLINK_MODE = '120000';
export const EXECUTABLE_MODE = '100755';
export const NORMAL_MODE = '100644';

export type FileModeTypeEnum = 'EXECUTABLE' | 'NORMAL' | 'SYMLINK';

export const isTree = (entry: TreeEntry): boolean => entry.mode === TREE_MODE;
export const isSubmodule = (entry: TreeEntry): boolean => entry.mode === SUBMODULE_MODE;
export const isBlob = (entry: TreeEntry): boolean => !isTree(entry) && !isSubmodule(entry);

/** CodeCommit's name for a blob's mode. */
export const fileModeOf = (mode: string): FileModeTypeEnum =>
  mode === SYMLINK_MODE ? 'SYMLINK' : mode === EXECUTABLE_MODE ? 'EXECUTABLE' : 'NORMAL';

/** Git's mode for CodeCommit's file mode. */
export const modeOfFileMode = (fileMode: FileModeTypeEnum): string =>
  fileMode === 'SYMLINK' ? SYMLINK_MODE : fileMode === 'EXECUTABLE' ? EXECUTABLE_MODE : NORMAL_MODE;
