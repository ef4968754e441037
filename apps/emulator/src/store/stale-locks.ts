import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes the `*.lock` files a killed git process left in the bare repositories. Git takes a
 * lock file per ref (and for packed-refs, HEAD, config) while it writes; one left behind by a
 * `kill -9` would refuse every later update of that ref. At start no git process of the emulator
 * is running, so every lock is stale.
 */
export async function removeStaleLocks(repositoriesRoot: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(repositoriesRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.endsWith('.git')) continue;
    const gitDir = path.join(repositoriesRoot, entry.name);
    for (const file of await lockFiles(gitDir)) {
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

async function lockFiles(gitDir: string): Promise<string[]> {
  const topLevel = (await readdir(gitDir))
    .filter((name) => name.endsWith('.lock'))
    .map((name) => path.join(gitDir, name));
  const refs = await readdir(path.join(gitDir, 'refs'), { recursive: true }).catch(
    () => [] as string[],
  );
  return [
    ...topLevel,
    ...refs.filter((name) => name.endsWith('.lock')).map((name) => path.join(gitDir, 'refs', name)),
  ];
}
