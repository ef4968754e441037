import { z } from 'zod';

/** A branch, a tag, `HEAD` or a full commit id; CodeCommit resolves it. */
export const commitSpecifierSchema = z
  .string()
  .min(1, 'commitSpecifier must not be empty')
  .max(256, 'commitSpecifier is at most 256 characters');

/** A full commit id: the only specifier whose answers never change, so the only one cached. */
export const commitIdSchema = z
  .string()
  .regex(/^[0-9a-f]{40}$/, 'commitId must be a full 40-character commit id');
export const blobIdSchema = z
  .string()
  .regex(/^[0-9a-f]{40}$/, 'blobId must be a 40-character blob id');
export const branchNameSchema = z
  .string()
  .min(1, 'branchName is required')
  .max(256, 'branchName is at most 256 characters');
export const filePathSchema = z
  .string()
  .min(1, 'filePath is required')
  .max(4096, 'filePath is too long');

export const folderQuerySchema = z.object({
  commitSpecifier: commitSpecifierSchema.optional(),
  folderPath: z.string().max(4096, 'folderPath is too long').optional(),
});

export const fileQuerySchema = z.object({
  commitSpecifier: commitSpecifierSchema.optional(),
  filePath: filePathSchema,
});

export const blobParamsSchema = z.object({ blobId: blobIdSchema });
export const blobQuerySchema = z.object({
  /** Only used to pick a Content-Type and a download name. */
  filePath: z.string().max(4096).optional(),
  download: z.enum(['0', '1']).optional(),
});

const optionalAuthor = {
  commitMessage: z.string().max(100_000, 'commitMessage is too long').optional(),
  name: z.string().max(1024, 'name is too long').optional(),
  email: z.string().max(1024, 'email is too long').optional(),
};

export const putFileSchema = z.object({
  branchName: branchNameSchema,
  filePath: filePathSchema,
  /** The new text of the file (UTF-8). */
  fileContent: z.string(),
  parentCommitId: commitIdSchema.optional(),
  fileMode: z.enum(['EXECUTABLE', 'NORMAL', 'SYMLINK']).optional(),
  ...optionalAuthor,
});
export type PutFileInput = z.infer<typeof putFileSchema>;

export const deleteFileSchema = z.object({
  branchName: branchNameSchema,
  filePath: filePathSchema,
  parentCommitId: commitIdSchema,
  keepEmptyFolders: z.boolean().optional(),
  ...optionalAuthor,
});
export type DeleteFileInput = z.infer<typeof deleteFileSchema>;

/** One file to add or replace in a commit; text as UTF-8, or bytes as base64 (uploads). */
export const commitFileSchema = z
  .object({
    filePath: filePathSchema,
    fileContent: z.string().optional(),
    fileContentBase64: z.string().optional(),
    fileMode: z.enum(['EXECUTABLE', 'NORMAL', 'SYMLINK']).optional(),
  })
  .refine((file) => (file.fileContent === undefined) !== (file.fileContentBase64 === undefined), {
    message: 'give exactly one of fileContent and fileContentBase64',
  });

export const createCommitSchema = z
  .object({
    branchName: branchNameSchema,
    parentCommitId: commitIdSchema.optional(),
    putFiles: z.array(commitFileSchema).max(100, 'at most 100 files per commit').optional(),
    deleteFiles: z
      .array(z.object({ filePath: filePathSchema }))
      .max(100, 'at most 100 files per commit')
      .optional(),
    keepEmptyFolders: z.boolean().optional(),
    ...optionalAuthor,
  })
  .refine((input) => (input.putFiles?.length ?? 0) + (input.deleteFiles?.length ?? 0) > 0, {
    message: 'give at least one file in putFiles or deleteFiles',
  });
export type CreateCommitInput = z.infer<typeof createCommitSchema>;

export type FileMode = 'EXECUTABLE' | 'NORMAL' | 'SYMLINK';

export interface FolderEntry {
  absolutePath?: string;
  relativePath?: string;
}
export interface FolderFile extends FolderEntry {
  blobId?: string;
  fileMode?: FileMode;
}
export interface FolderSymbolicLink extends FolderEntry {
  blobId?: string;
  fileMode?: FileMode;
}
export interface FolderSubFolder extends FolderEntry {
  treeId?: string;
}
export interface FolderSubModule extends FolderEntry {
  commitId?: string;
}

/** GetFolder's output. */
export interface Folder {
  commitId: string;
  folderPath: string;
  treeId?: string;
  subFolders: FolderSubFolder[];
  files: FolderFile[];
  symbolicLinks: FolderSymbolicLink[];
  subModules: FolderSubModule[];
}

/** GetFile's output, with the content as text when it is text and small enough to show. */
export interface FileView {
  commitId: string;
  blobId: string;
  filePath: string;
  fileMode: FileMode;
  /** Bytes; null when the file is over CodeCommit's 6 MB API limit and its size is unknown. */
  fileSize: number | null;
  isBinary: boolean;
  /** True when the file is over 6 MB: CodeCommit's API does not return such content. */
  isTooLarge: boolean;
  content?: string;
}

/** What a PutFile, DeleteFile or CreateCommit answers. */
export interface CommitResult {
  commitId: string;
  treeId: string;
  blobId?: string;
}
