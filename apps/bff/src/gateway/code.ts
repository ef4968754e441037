import {
  CreateCommitCommand,
  DeleteFileCommand,
  GetBlobCommand,
  GetFileCommand,
  GetFolderCommand,
  PutFileCommand,
  type GetFolderOutput,
} from '@aws-sdk/client-codecommit';
import type { CommitResult, FileMode, Folder } from '@cc/shared/code';
import { readAtBranchTip, rememberBranchTip } from './branches.ts';
import { GatewayError } from './errors.ts';
import type { CodeCommit } from './gateway.ts';

/** A file at a commit, without its content. */
export interface FileMetadata {
  commitId: string;
  blobId: string;
  filePath: string;
  fileMode: FileMode;
  /** null when CodeCommit refuses to return the file (over 6 MB), so its size is unknown. */
  fileSize: number | null;
}

/** A file and its bytes; `content` is undefined when the file is over CodeCommit's API limit. */
export interface FileWithContent {
  metadata: FileMetadata;
  content: Uint8Array | undefined;
}

/** Paths as cache keys: no leading or trailing slash, so `/src/` and `src` meet. */
function normalizePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

const folderKey = (repositoryName: string, commitId: string, folderPath: string) =>
  `folder\u0000${repositoryName}\u0000${commitId}\u0000${normalizePath(folderPath)}`;
const fileKey = (repositoryName: string, commitId: string, filePath: string) =>
  `file\u0000${repositoryName}\u0000${commitId}\u0000${normalizePath(filePath)}`;
const blobKey = (repositoryName: string, blobId: string) =>
  `blob\u0000${repositoryName}\u0000${blobId}`;

function toFolder(output: GetFolderOutput): Folder {
  return {
    commitId: output.commitId ?? '',
    folderPath: output.folderPath ?? '',
    treeId: output.treeId,
    subFolders: output.subFolders ?? [],
    files: output.files ?? [],
    symbolicLinks: output.symbolicLinks ?? [],
    subModules: output.subModules ?? [],
  };
}

/**
 * GetFolder; cached by the commit id it was read at. A branch name costs one GetBranch when its
 * last seen tip has the folder cached (see readAtBranchTip).
 */
export async function getFolder(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitSpecifier?: string; folderPath?: string },
): Promise<Folder> {
  await codeCommit.readsChecked(input.repositoryName, 'folder');
  const { repositoryName } = input;
  const folderPath = input.folderPath || '/';
  const load = async (commitSpecifier: string | undefined) => {
    const output = await codeCommit.call((client) =>
      client.send(new GetFolderCommand({ repositoryName, commitSpecifier, folderPath })),
    );
    return toFolder(output);
  };
  const key = (commitId: string) => folderKey(repositoryName, commitId, folderPath);
  return readAtBranchTip(codeCommit, repositoryName, input.commitSpecifier, {
    isCached: (commitId) => codeCommit.cache.get(key(commitId)) !== undefined,
    atCommit: (commitId) => codeCommit.cache.getOrLoad(key(commitId), () => load(commitId)),
    bySpecifier: async () => {
      const folder = await load(input.commitSpecifier);
      codeCommit.cache.set(key(folder.commitId), folder);
      return { value: folder, commitId: folder.commitId };
    },
  });
}

/** GetBlob, cached by blob id. */
export async function getBlob(
  codeCommit: CodeCommit,
  repositoryName: string,
  blobId: string,
): Promise<Uint8Array> {
  await codeCommit.readsChecked(repositoryName, 'blob');
  return codeCommit.cache.getOrLoad(blobKey(repositoryName, blobId), async () => {
    const output = await codeCommit.call((client) =>
      client.send(new GetBlobCommand({ repositoryName, blobId })),
    );
    return output.content ?? new Uint8Array();
  });
}

async function loadFile(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string | undefined,
  filePath: string,
): Promise<FileWithContent> {
  try {
    const output = await codeCommit.call((client) =>
      client.send(new GetFileCommand({ repositoryName, commitSpecifier, filePath })),
    );
    const content = output.fileContent ?? new Uint8Array();
    const metadata: FileMetadata = {
      commitId: output.commitId ?? '',
      blobId: output.blobId ?? '',
      filePath: output.filePath ?? filePath,
      fileMode: output.fileMode ?? 'NORMAL',
      fileSize: output.fileSize ?? content.byteLength,
    };
    codeCommit.cache.set(blobKey(repositoryName, metadata.blobId), content);
    return { metadata, content };
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== 'FileTooLargeException') throw error;
    return {
      metadata: await fileFromFolder(codeCommit, repositoryName, commitSpecifier, filePath, error),
      content: undefined,
    };
  }
}

/** A file's blob id and mode from its folder, for files CodeCommit will not return through GetFile. */
async function fileFromFolder(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string | undefined,
  filePath: string,
  cause: GatewayError,
): Promise<FileMetadata> {
  const path = normalizePath(filePath);
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
  const folder = await getFolder(codeCommit, {
    repositoryName,
    commitSpecifier,
    folderPath: parent,
  });
  const entry = [...folder.files, ...folder.symbolicLinks].find(
    (file) => normalizePath(file.absolutePath ?? '') === path,
  );
  if (!entry?.blobId) throw cause;
  return {
    commitId: folder.commitId,
    blobId: entry.blobId,
    filePath: path,
    fileMode: entry.fileMode ?? 'NORMAL',
    fileSize: null,
  };
}

/** The file at a commit id: metadata and content from the cache when they are there. */
async function getFileAtCommit(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitId: string,
  filePath: string,
): Promise<FileWithContent> {
  const key = fileKey(repositoryName, commitId, filePath);
  const metadata = codeCommit.cache.get<FileMetadata>(key);
  if (metadata) {
    const content =
      metadata.fileSize === null
        ? undefined
        : await getBlob(codeCommit, repositoryName, metadata.blobId);
    return { metadata, content };
  }
  const file = await loadFile(codeCommit, repositoryName, commitId, filePath);
  codeCommit.cache.set(key, file.metadata);
  return file;
}

/**
 * GetFile; metadata and content cached by commit id and blob id. A branch name costs one
 * GetBranch when its last seen tip has the file cached (see readAtBranchTip).
 */
export async function getFile(
  codeCommit: CodeCommit,
  input: { repositoryName: string; commitSpecifier?: string; filePath: string },
): Promise<FileWithContent> {
  const { repositoryName, commitSpecifier, filePath } = input;
  await codeCommit.readsChecked(repositoryName, 'file');
  return readAtBranchTip(codeCommit, repositoryName, commitSpecifier, {
    isCached: (commitId) =>
      codeCommit.cache.get(fileKey(repositoryName, commitId, filePath)) !== undefined,
    atCommit: (commitId) => getFileAtCommit(codeCommit, repositoryName, commitId, filePath),
    bySpecifier: async () => {
      const file = await loadFile(codeCommit, repositoryName, commitSpecifier, filePath);
      const { commitId } = file.metadata;
      codeCommit.cache.set(fileKey(repositoryName, commitId, filePath), file.metadata);
      return { value: file, commitId };
    },
  });
}

export interface PutFileRequest {
  repositoryName: string;
  branchName: string;
  filePath: string;
  fileContent: Uint8Array;
  fileMode?: FileMode;
  parentCommitId?: string;
  commitMessage?: string;
  name?: string;
  email?: string;
}

/** PutFile; the new blob goes straight into the cache, since the console will show it next. */
export async function putFile(
  codeCommit: CodeCommit,
  request: PutFileRequest,
): Promise<CommitResult> {
  const output = await codeCommit.call((client) => client.send(new PutFileCommand(request)));
  const blobId = output.blobId ?? '';
  codeCommit.cache.set(blobKey(request.repositoryName, blobId), request.fileContent);
  const commitId = output.commitId ?? '';
  rememberBranchTip(codeCommit, request.repositoryName, request.branchName, commitId);
  return { commitId, blobId, treeId: output.treeId ?? '' };
}

export interface DeleteFileRequest {
  repositoryName: string;
  branchName: string;
  filePath: string;
  parentCommitId: string;
  keepEmptyFolders?: boolean;
  commitMessage?: string;
  name?: string;
  email?: string;
}

export async function deleteFile(
  codeCommit: CodeCommit,
  request: DeleteFileRequest,
): Promise<CommitResult> {
  const output = await codeCommit.call((client) => client.send(new DeleteFileCommand(request)));
  const commitId = output.commitId ?? '';
  rememberBranchTip(codeCommit, request.repositoryName, request.branchName, commitId);
  return { commitId, blobId: output.blobId, treeId: output.treeId ?? '' };
}

export interface CreateCommitRequest {
  repositoryName: string;
  branchName: string;
  parentCommitId?: string;
  putFiles?: { filePath: string; fileContent: Uint8Array; fileMode?: FileMode }[];
  deleteFiles?: { filePath: string }[];
  keepEmptyFolders?: boolean;
  commitMessage?: string;
  authorName?: string;
  email?: string;
}

export async function createCommit(
  codeCommit: CodeCommit,
  request: CreateCommitRequest,
): Promise<CommitResult> {
  const output = await codeCommit.call((client) => client.send(new CreateCommitCommand(request)));
  const commitId = output.commitId ?? '';
  rememberBranchTip(codeCommit, request.repositoryName, request.branchName, commitId);
  return { commitId, treeId: output.treeId ?? '' };
}
