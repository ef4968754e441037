import type {
  DeleteFileInput,
  DeleteFileOutput,
  GetBlobInput,
  GetBlobOutput,
  GetFileInput,
  GetFileOutput,
  GetFolderInput,
  GetFolderOutput,
  PutFileInput,
  PutFileOutput,
} from '@aws-sdk/client-codecommit';
import { fail } from '../protocol/errors.ts';
import type { Handler, OperationTable } from './types.ts';
import { parsePath } from '../git/parse-path.ts';
import { requireCommit } from '../git/require-commit.ts';
import { findEntry } from '../git/find-entry.ts';
import { readTree } from '../git/read-tree.ts';
import { readObject } from '../git/object-reader.ts';
import { isObjectId } from '../git/object-id.ts';
import { requireBranchName } from '../git/require-branch-name.ts';
import { requireParentCommit } from '../git/require-parent-commit.ts';
import { decodeFileContent, MAX_FILE_BYTES } from '../git/decode-file-content.ts';
import { writeBlob } from '../git/write-blob.ts';
import { editTree } from '../git/edit-tree.ts';
import { commitToBranch } from '../git/commit-to-branch.ts';
import { commitIdentity } from '../git/commit-identity.ts';
import { commitMessage } from '../git/commit-message.ts';
import { fileModeOf, isBlob, isSubmodule, isTree, modeOfFileMode } from '../git/tree-entry.ts';
import { requireFileMode } from '../git/require-file-mode.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

const readBlobContent = async (gitDir: string, blobId: string): Promise<Buffer> => {
  const blob = await readObject({ gitDir, name: blobId });
  if (blob?.type !== 'blob')
    return fail('BlobIdDoesNotExistException', `The blob ${blobId} does not exist.`);
  if (blob.content.length > MAX_FILE_BYTES) {
    fail(
      'FileTooLargeException',
      `The blob ${blobId} is larger than ${MAX_FILE_BYTES} bytes, the limit for the API.`,
    );
  }
  return blob.content;
};

const getFile: Handler<GetFileInput, GetFileOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const path = parsePath({ path: input.filePath });
  const { gitDir, defaultBranch } = repository;
  const commit = await requireCommit({ gitDir, specifier: input.commitSpecifier, defaultBranch });
  const entry = await findEntry({ gitDir, treeId: commit.treeId, path });
  if (!entry || !isBlob(entry)) {
    return fail(
      'FileDoesNotExistException',
      `The file ${path.join('/')} does not exist at commit ${commit.commitId}.`,
    );
  }
  const content = await readBlobContent(gitDir, entry.oid);
  return {
    commitId: commit.commitId,
    blobId: entry.oid,
    filePath: path.join('/'),
    fileMode: fileModeOf(entry.mode),
    fileSize: content.length,
    fileContent: content,
  };
};

const getFolder: Handler<GetFolderInput, GetFolderOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const path = parsePath({ path: input.folderPath ?? '', folder: true });
  const { gitDir, defaultBranch } = repository;
  const commit = await requireCommit({ gitDir, specifier: input.commitSpecifier, defaultBranch });
  const folder = await findEntry({ gitDir, treeId: commit.treeId, path });
  const entries =
    folder && isTree(folder) ? await readTree({ gitDir, treeId: folder.oid }) : undefined;
  if (!folder || !entries) {
    return fail(
      'FolderDoesNotExistException',
      `The folder ${path.join('/') || '/'} does not exist at commit ${commit.commitId}.`,
    );
  }
  const prefix = path.length > 0 ? `${path.join('/')}/` : '';
  const output: GetFolderOutput = {
    commitId: commit.commitId,
    folderPath: input.folderPath ?? '',
    treeId: folder.oid,
    subFolders: [],
    files: [],
    symbolicLinks: [],
    subModules: [],
  };
  for (const entry of entries) {
    const names = { absolutePath: `${prefix}${entry.name}`, relativePath: entry.name };
    if (isTree(entry)) output.subFolders?.push({ treeId: entry.oid, ...names });
    else if (isSubmodule(entry)) output.subModules?.push({ commitId: entry.oid, ...names });
    else if (fileModeOf(entry.mode) === 'SYMLINK')
      output.symbolicLinks?.push({ blobId: entry.oid, ...names, fileMode: 'SYMLINK' });
    else output.files?.push({ blobId: entry.oid, ...names, fileMode: fileModeOf(entry.mode) });
  }
  return output;
};

const getBlob: Handler<GetBlobInput, GetBlobOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  if (input.blobId === undefined || input.blobId === null || input.blobId === '') {
    return failInAwsWords('BlobIdRequiredException');
  }
  if (!isObjectId(input.blobId))
    return fail(
      'InvalidBlobIdException',
      `The blob id ${JSON.stringify(input.blobId)} is not valid.`,
    );
  const content = await readBlobContent(repository.gitDir, input.blobId);
  return { content };
};

const putFile: Handler<PutFileInput, PutFileOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, repositoryName } = repository;
  const branchName = requireBranchName({ branchName: input.branchName });
  const path = parsePath({ path: input.filePath });
  const content = decodeFileContent({ fileContent: input.fileContent });
  const fileMode = requireFileMode({ fileMode: input.fileMode, fallback: 'NORMAL' });
  const author = commitIdentity({ caller: ctx.caller, name: input.name, email: input.email });
  const parent = await requireParentCommit({
    gitDir,
    branchName,
    parentCommitId: input.parentCommitId,
  });
  const blobId = await writeBlob({ gitDir, content });
  const existing = parent ? await findEntry({ gitDir, treeId: parent.treeId, path }) : undefined;
  if (existing && existing.oid === blobId && existing.mode === modeOfFileMode(fileMode)) {
    fail(
      'SameFileContentException',
      `The file ${path.join('/')} already has this content and mode at ${parent?.commitId}.`,
    );
  }
  const treeId = await editTree({
    gitDir,
    treeId: parent?.treeId,
    changes: [{ path, entry: { mode: modeOfFileMode(fileMode), oid: blobId } }],
  });
  const message = commitMessage({
    message: input.commitMessage,
    fallback: `${existing ? 'Updated' : 'Added'} ${path.join('/')}`,
  });
  const commitId = await commitToBranch({
    ctx,
    repositoryName,
    gitDir,
    branchName,
    parent,
    treeId,
    message,
    author,
  });
  return { commitId, blobId, treeId };
};

const deleteFile: Handler<DeleteFileInput, DeleteFileOutput> = async (input, ctx) => {
  const repository = ctx.repositories.require(input.repositoryName ?? '');
  const { gitDir, repositoryName } = repository;
  const branchName = requireBranchName({ branchName: input.branchName });
  const path = parsePath({ path: input.filePath });
  const author = commitIdentity({ caller: ctx.caller, name: input.name, email: input.email });
  const parent = await requireParentCommit({
    gitDir,
    branchName,
    parentCommitId: input.parentCommitId,
  });
  if (!parent)
    return fail('BranchDoesNotExistException', `The branch ${branchName} does not exist.`);
  const existing = await findEntry({ gitDir, treeId: parent.treeId, path });
  if (!existing || !isBlob(existing)) {
    return fail(
      'FileDoesNotExistException',
      `The file ${path.join('/')} does not exist at ${parent.commitId}.`,
    );
  }
  const treeId = await editTree({
    gitDir,
    treeId: parent.treeId,
    changes: [{ path, entry: null }],
    keepEmptyFolders: input.keepEmptyFolders === true,
  });
  const message = commitMessage({
    message: input.commitMessage,
    fallback: `Deleted ${path.join('/')}`,
  });
  const commitId = await commitToBranch({
    ctx,
    repositoryName,
    gitDir,
    branchName,
    parent,
    treeId,
    message,
    author,
  });
  return { commitId, blobId: existing.oid, treeId, filePath: path.join('/') };
};

export const fileOperations: OperationTable = {
  GetFile: getFile,
  GetFolder: getFolder,
  GetBlob: getBlob,
  PutFile: putFile,
  DeleteFile: deleteFile,
};
