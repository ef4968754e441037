import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readObject } from '../git/object-reader.ts';
import { gitEnvironment } from '../git/run-git.ts';
import { writeBlob } from '../git/write-blob.ts';

const execGit = promisify(execFile);

export interface MergedFile {
  blobId: string;
  /** How many hunks conflict; the blob then holds git's conflict markers (unless one side is favoured). */
  conflicts: number;
}

/**
 * Merges three versions of a text file line by line with `git merge-file` (no base: an empty
 * one), stores the result as a blob and says how many hunks conflict. With `favor` every
 * conflicting hunk is settled for one side (`--ours` the destination, `--theirs` the source)
 * while the other side's separate changes still merge in. Conflict markers name the two sides
 * by `labels` (commit ids, say).
 *
 * @example
 * const { blobId, conflicts } = await mergeFile({ gitDir, baseBlobId, destinationBlobId, sourceBlobId });
 */
export const mergeFile = async ({
  gitDir,
  baseBlobId,
  destinationBlobId,
  sourceBlobId,
  favor,
  labels = { destination: 'destination', source: 'source' },
}: {
  gitDir: string;
  baseBlobId: string | undefined;
  destinationBlobId: string;
  sourceBlobId: string;
  favor?: 'source' | 'destination';
  labels?: { destination: string; source: string };
}): Promise<MergedFile> => {
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
      ...(favor ? [favor === 'source' ? '--theirs' : '--ours'] : []),
      '-L',
      labels.destination,
      '-L',
      'base',
      '-L',
      labels.source,
      files.destination,
      files.base,
      files.source,
    ];
    const options = { env: gitEnvironment(), encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 };
    let merged: Buffer;
    let conflicts = 0;
    try {
      merged = (await execGit('git', args, options as { encoding: 'buffer' })).stdout;
    } catch (error) {
      // The exit status counts the conflicting hunks (1 to 127); above that git itself failed.
      const failed = error as { code?: unknown; stdout?: Buffer; stderr?: Buffer };
      if (typeof failed.code !== 'number' || failed.code > 127 || !failed.stdout)
        throw new Error(`git merge-file failed: ${failed.stderr?.toString().trim() ?? ''}`);
      merged = failed.stdout;
      conflicts = failed.code;
    }
    return { blobId: await writeBlob({ gitDir, content: merged }), conflicts };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

/**
 * The merged blob of a text file with every conflicting hunk settled for one side.
 *
 * @example
 * const blobId = await mergeFileFavoring({ gitDir, baseBlobId, destinationBlobId, sourceBlobId, favor: 'source' });
 */
export const mergeFileFavoring = async (input: {
  gitDir: string;
  baseBlobId: string | undefined;
  destinationBlobId: string;
  sourceBlobId: string;
  favor: 'source' | 'destination';
}): Promise<string> => (await mergeFile(input)).blobId;
