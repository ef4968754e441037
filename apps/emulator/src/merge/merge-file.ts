import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readObject } from '../git/object-reader.ts';
import { gitEnvironment } from '../git/run-git.ts';
import { writeBlob } from '../git/write-blob.ts';

const execGit = promisify(execFile);

/**
 * Merges three versions of a text file with `git merge-file`, settling every conflicting hunk
 * in favour of one side (`--ours` for the destination, `--theirs` for the source) while the
 * other side's separate changes still merge in; returns the merged blob's id.
 *
 * @example
 * const blobId = await mergeFileFavoring({ gitDir, baseBlobId, destinationBlobId, sourceBlobId, favor: 'source' });
 */
export const mergeFileFavoring = async ({
  gitDir,
  baseBlobId,
  destinationBlobId,
  sourceBlobId,
  favor,
}: {
  gitDir: string;
  baseBlobId: string | undefined;
  destinationBlobId: string;
  sourceBlobId: string;
  favor: 'source' | 'destination';
}): Promise<string> => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codecommit-merge-'));
  try {
    const files = {
      destination: path.join(folder, 'destination'),
      base: path.join(folder, 'base'),
      source: path.join(folder, 'source'),
    };
    const contentOf = async (blobId: string | undefined) =>
      blobId
        ? ((await readObject({ gitDir, name: blobId }))?.content ?? Buffer.alloc(0))
        : Buffer.alloc(0);
    await writeFile(files.destination, await contentOf(destinationBlobId));
    await writeFile(files.base, await contentOf(baseBlobId));
    await writeFile(files.source, await contentOf(sourceBlobId));
    const args = [
      'merge-file',
      '-p',
      favor === 'source' ? '--theirs' : '--ours',
      files.destination,
      files.base,
      files.source,
    ];
    const { stdout } = await execGit('git', args, {
      env: gitEnvironment(),
      encoding: 'buffer',
      maxBuffer: 256 * 1024 * 1024,
    });
    return await writeBlob({ gitDir, content: stdout });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
