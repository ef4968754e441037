import {
  blobIdSchema,
  blobQuerySchema,
  createCommitSchema,
  deleteFileSchema,
  fileQuerySchema,
  folderQuerySchema,
  putFileSchema,
} from '@cc/shared/code';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import {
  createCommit,
  deleteFile,
  getBlob,
  getFile,
  getFolder,
  putFile,
} from '../../gateway/code.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { validate } from '../../middleware/validate.ts';
import { contentDisposition, rawContentType, toFileView } from './content.ts';

/** For answers that can never change: anything named by a git id. */
export const IMMUTABLE = 'private, max-age=31536000, immutable';

const blobParamsSchema = repositoryParamsSchema.extend({ blobId: blobIdSchema });

/** Reading and changing files: folders, files, raw blobs, PutFile, DeleteFile, CreateCommit. */
export const codeRoutes = new Hono<AppEnv>()
  .get(
    '/:repositoryName/folder',
    validate('param', repositoryParamsSchema),
    validate('query', folderQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const query = c.req.valid('query');
      const folder = await getFolder(c.var.codeCommit, { repositoryName, ...query });
      if (isCommitId(query.commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
      return c.json(folder);
    },
  )
  .get(
    '/:repositoryName/file',
    validate('param', repositoryParamsSchema),
    validate('query', fileQuerySchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const query = c.req.valid('query');
      const file = await getFile(c.var.codeCommit, { repositoryName, ...query });
      if (isCommitId(query.commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
      return c.json(toFileView(file));
    },
  )
  .get(
    '/:repositoryName/blobs/:blobId',
    validate('param', blobParamsSchema),
    validate('query', blobQuerySchema),
    async (c) => {
      const { repositoryName, blobId } = c.req.valid('param');
      const { filePath, download } = c.req.valid('query');
      const etag = `"${blobId}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', IMMUTABLE);
      c.header('X-Content-Type-Options', 'nosniff');
      // Opened directly, the bytes must not run: no scripts, no plugins, a unique origin.
      c.header(
        'Content-Security-Policy',
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      );
      const ifNoneMatch = c.req.header('if-none-match');
      if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
        return c.body(null, 304);
      const content = await getBlob(c.var.codeCommit, repositoryName, blobId);
      c.header('Content-Type', rawContentType(filePath, content));
      c.header(
        'Content-Disposition',
        contentDisposition(download === '1' ? 'attachment' : 'inline', filePath),
      );
      return c.body(new Uint8Array(content), 200);
    },
  )
  .put(
    '/:repositoryName/file',
    validate('param', repositoryParamsSchema),
    validate('json', putFileSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { fileContent, ...input } = c.req.valid('json');
      const result = await putFile(c.var.codeCommit, {
        repositoryName,
        ...input,
        fileContent: new TextEncoder().encode(fileContent),
      });
      return c.json(result);
    },
  )
  .delete(
    '/:repositoryName/file',
    validate('param', repositoryParamsSchema),
    validate('json', deleteFileSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      return c.json(await deleteFile(c.var.codeCommit, { repositoryName, ...c.req.valid('json') }));
    },
  )
  .post(
    '/:repositoryName/commits',
    validate('param', repositoryParamsSchema),
    validate('json', createCommitSchema),
    async (c) => {
      const { repositoryName } = c.req.valid('param');
      const { putFiles, name, ...input } = c.req.valid('json');
      const result = await createCommit(c.var.codeCommit, {
        repositoryName,
        ...input,
        authorName: name,
        putFiles: putFiles?.map(({ filePath, fileMode, fileContent, fileContentBase64 }) => ({
          filePath,
          fileMode,
          fileContent:
            fileContent !== undefined
              ? new TextEncoder().encode(fileContent)
              : Buffer.from(fileContentBase64 ?? '', 'base64'),
        })),
      });
      return c.json(result, 201);
    },
  );
