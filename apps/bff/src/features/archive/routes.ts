import { commitSpecifierSchema } from '@cc/shared/code';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.ts';
import { getCommit, resolveCommitId } from '../../gateway/commits.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { validate } from '../../middleware/validate.ts';
import { contentDisposition } from '../code/content.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { archiveEntries, listArchiveFiles } from './archive.ts';
import { zipStream } from './zip.ts';

const archiveQuerySchema = z.object({
  commitSpecifier: commitSpecifierSchema.optional(),
  folderPath: z.string().max(4096, 'folderPath is too long').optional(),
});

/** A ReadableStream that pulls from an async iterator, so the response waits for a slow reader. */
function toReadableStream(chunks: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}

/**
 * ZIP download of a ref or a folder, assembled from the API (GetFolder for the tree, GetBlob
 * per file) and streamed as it is built. The tree is listed first, so a broken request fails
 * with a clear status before any byte is sent, and `X-Archive-Files` gives the file count a
 * progress bar needs.
 */
export const archiveRoutes = new Hono<AppEnv>().get(
  '/:repositoryName/archive',
  validate('param', repositoryParamsSchema),
  validate('query', archiveQuerySchema),
  async (c) => {
    const { repositoryName } = c.req.valid('param');
    const { commitSpecifier, folderPath = '' } = c.req.valid('query');
    const codeCommit = c.var.codeCommit;
    const commitId = await resolveCommitId(codeCommit, repositoryName, commitSpecifier);
    const [commit, files] = await Promise.all([
      getCommit(codeCommit, repositoryName, commitId),
      listArchiveFiles(codeCommit, { repositoryName, commitId, folderPath }),
    ]);
    const label = (
      commitSpecifier && !isCommitId(commitSpecifier) ? commitSpecifier : commitId.slice(0, 7)
    ).replace(/[^\w.-]+/g, '-');
    const folderName = folderPath
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .pop();
    const prefix = [repositoryName, label, folderName].filter(Boolean).join('-');
    const seconds = Number(/^\d+/.exec(commit.committer?.date ?? '')?.[0] ?? 0);
    const zip = zipStream(
      archiveEntries(codeCommit, repositoryName, prefix, files),
      new Date(seconds * 1000),
    );
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', contentDisposition('attachment', `${prefix}.zip`));
    c.header('X-Archive-Files', String(files.length));
    c.header('X-Archive-Commit-Id', commitId);
    if (isCommitId(commitSpecifier)) c.header('Cache-Control', IMMUTABLE);
    return c.body(toReadableStream(zip), 200);
  },
);
