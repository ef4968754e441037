import { runGit } from './run-git.ts';

/**
 * Stores content as a blob (`git hash-object -w --stdin`, no filters) and returns its id,
 * the same id `git hash-object` computes for that content.
 *
 * @example
 * const blobId = await writeBlob({ gitDir, content: Buffer.from('hello\n') });
 */
export const writeBlob = async ({
  gitDir,
  content,
}: {
  gitDir: string;
  content: Buffer;
}): Promise<string> => {
  if (!Buffer.isBuffer(content)) throw new TypeError('writeBlob: content must be a Buffer');
  const output = await runGit({
    gitDir,
    args: ['hash-object', '-w', '--no-filters', '--stdin'],
    input: content,
  });
  return output.toString().trim();
};
