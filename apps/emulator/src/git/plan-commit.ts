import { fail } from '../protocol/errors.ts';
import { parsePath } from './parse-path.ts';
import { findEntry } from './find-entry.ts';
import { writeBlob } from './write-blob.ts';
import { contentSizeLimits } from './content-size-limits.ts';
import { decodeFileContent } from './decode-file-content.ts';
import { requireFileMode } from './require-file-mode.ts';
import {
  fileModeOf,
  isBlob,
  modeOfFileMode,
  type FileModeTypeEnum,
  type TreeEntry,
} from './tree-entry.ts';
import type { TreeChange } from './edit-tree.ts';

/** The most files one commit may change through the API, as on AWS. */
export const MAX_FILE_ENTRIES = 100;

export interface PutFileEntryInput {
  filePath?: string;
  fileMode?: string;
  fileContent?: Uint8Array | string;
  sourceFile?: { filePath?: string; isMove?: boolean };
}

export interface FileMetadata {
  absolutePath: string;
  blobId: string;
  fileMode: FileModeTypeEnum;
}

export interface CommitPlan {
  changes: TreeChange[];
  filesAdded: FileMetadata[];
  filesUpdated: FileMetadata[];
  filesDeleted: FileMetadata[];
}

/**
 * Turns CreateCommit's putFiles, deleteFiles and setFileModes into tree changes on top of a
 * parent tree, with CodeCommit's checks: at least one and at most 100 entries
 * (FileEntryRequiredException, MaximumFileEntriesExceededException), each path named once
 * (SamePathRequestException), content or a source file but not both, files to delete,
 * move or re-mode that exist (FileDoesNotExistException), new contents within AWS's size
 * limits (contentSizeLimits). New contents are stored as blobs.
 *
 * @example
 * const plan = await planCommit({ gitDir, treeId: parent?.treeId, putFiles, deleteFiles, setFileModes });
 */
export const planCommit = async ({
  gitDir,
  treeId,
  putFiles = [],
  deleteFiles = [],
  setFileModes = [],
}: {
  gitDir: string;
  treeId: string | undefined;
  putFiles?: readonly PutFileEntryInput[];
  deleteFiles?: readonly { filePath?: string }[];
  setFileModes?: readonly { filePath?: string; fileMode?: string }[];
}): Promise<CommitPlan> => {
  const entryCount = putFiles.length + deleteFiles.length + setFileModes.length;
  if (entryCount === 0)
    fail(
      'FileEntryRequiredException',
      'The commit needs at least one file to put, delete or change the mode of.',
    );
  if (entryCount > MAX_FILE_ENTRIES) {
    fail(
      'MaximumFileEntriesExceededException',
      `A commit can change at most ${MAX_FILE_ENTRIES} files, not ${entryCount}.`,
    );
  }
  const named = new Set<string>();
  const claim = (path: string[]): string => {
    const key = path.join('/');
    if (named.has(key))
      fail(
        'SamePathRequestException',
        `The path ${key} is named by more than one change in this commit.`,
      );
    named.add(key);
    return key;
  };
  const existingBlob = async (path: string[]): Promise<TreeEntry> => {
    const entry = treeId ? await findEntry({ gitDir, treeId, path }) : undefined;
    if (!entry || !isBlob(entry))
      return fail('FileDoesNotExistException', `The file ${path.join('/')} does not exist.`);
    return entry;
  };
  const plan: CommitPlan = { changes: [], filesAdded: [], filesUpdated: [], filesDeleted: [] };
  const remove = async (path: string[]) => {
    const entry = await existingBlob(path);
    plan.changes.push({ path, entry: null });
    plan.filesDeleted.push({
      absolutePath: path.join('/'),
      blobId: entry.oid,
      fileMode: fileModeOf(entry.mode),
    });
  };
  const sizes = contentSizeLimits();
  for (const put of putFiles) {
    const path = parsePath({ path: put.filePath });
    const absolutePath = claim(path);
    const hasContent = put.fileContent !== undefined && put.fileContent !== null;
    if (hasContent && put.sourceFile) {
      fail(
        'FileContentAndSourceFileSpecifiedException',
        `Give ${absolutePath} either file content or a source file, not both.`,
      );
    }
    if (!hasContent && !put.sourceFile)
      fail(
        'SourceFileOrContentRequiredException',
        `Give ${absolutePath} file content or a source file.`,
      );
    let blobId: string;
    let fallbackMode: FileModeTypeEnum = 'NORMAL';
    if (put.sourceFile) {
      const sourcePath = parsePath({ path: put.sourceFile.filePath });
      if (sourcePath[sourcePath.length - 1] === '.gitkeep') {
        fail('RestrictedSourceFileException', 'A .gitkeep file cannot be copied or moved.');
      }
      const source = await existingBlob(sourcePath);
      blobId = source.oid;
      fallbackMode = fileModeOf(source.mode);
      if (put.sourceFile.isMove === true) {
        claim(sourcePath);
        await remove(sourcePath);
      }
    } else {
      const content = decodeFileContent({ fileContent: put.fileContent, allowEmpty: true });
      sizes.add(path, content.length);
      blobId = await writeBlob({ gitDir, content });
    }
    const fileMode = requireFileMode({ fileMode: put.fileMode, fallback: fallbackMode });
    const existing = treeId ? await findEntry({ gitDir, treeId, path }) : undefined;
    plan.changes.push({ path, entry: { mode: modeOfFileMode(fileMode), oid: blobId } });
    (existing && isBlob(existing) ? plan.filesUpdated : plan.filesAdded).push({
      absolutePath,
      blobId,
      fileMode,
    });
  }
  for (const deletion of deleteFiles) {
    const path = parsePath({ path: deletion.filePath });
    claim(path);
    await remove(path);
  }
  for (const setMode of setFileModes) {
    const path = parsePath({ path: setMode.filePath });
    const absolutePath = claim(path);
    if (setMode.fileMode === undefined || setMode.fileMode === null)
      fail('FileModeRequiredException', `A file mode is required for ${absolutePath}.`);
    const fileMode = requireFileMode({ fileMode: setMode.fileMode, fallback: 'NORMAL' });
    const entry = await existingBlob(path);
    plan.changes.push({ path, entry: { mode: modeOfFileMode(fileMode), oid: entry.oid } });
    plan.filesUpdated.push({ absolutePath, blobId: entry.oid, fileMode });
  }
  return plan;
};
