import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gitEnvironment } from '../git/run-git.ts';

const execGit = promisify(execFile);

/** One side of a conflicted path as `git merge-tree` lists it. */
export interface StageEntry {
  mode: string;
  oid: string;
}

/** Stages of a conflicted path: base (1), destination (2, "ours") and source (3, "theirs"); absent when that side has no file. */
export interface ConflictStages {
  base?: StageEntry;
  destination?: StageEntry;
  source?: StageEntry;
}

export interface MergeTreeResult {
  /** The merged tree; conflicted files hold git's conflict markers. */
  treeId: string;
  /** Paths git could not merge, with their stages. */
  conflicts: Map<string, ConflictStages>;
}

const STAGE_LINE = /^(\d+) ([0-9a-f]{40}) ([123])\t([\s\S]*)$/;
const SIDES = { '1': 'base', '2': 'destination', '3': 'source' } as const;

/**
 * Merges the source commit into the destination commit with git's own three-way merge
 * (`git merge-tree --write-tree`, git 2.38+), which writes the merged tree without touching any
 * branch, and lists the paths it could not merge line by line. Unrelated histories merge
 * against the empty tree.
 *
 * @example
 * const { treeId, conflicts } = await mergeTree({ gitDir, destinationCommitId, sourceCommitId });
 */
export const mergeTree = async ({
  gitDir,
  destinationCommitId,
  sourceCommitId,
}: {
  gitDir: string;
  destinationCommitId: string;
  sourceCommitId: string;
}): Promise<MergeTreeResult> => {
  const args = [
    '--git-dir',
    gitDir,
    'merge-tree',
    '--write-tree',
    '-z',
    '--no-messages',
    '--allow-unrelated-histories',
    destinationCommitId,
    sourceCommitId,
  ];
  let output: Buffer;
  try {
    output = (
      await execGit('git', args, {
        cwd: gitDir,
        env: gitEnvironment(),
        encoding: 'buffer',
        maxBuffer: 1024 * 1024 * 1024,
      })
    ).stdout;
  } catch (error) {
    // Exit status 1 means "merged, with conflicts": the answer is on standard output all the same.
    const failed = error as { code?: unknown; stdout?: Buffer; stderr?: Buffer };
    if (failed.code !== 1 || !failed.stdout)
      throw new Error(
        `git merge-tree failed: ${failed.stderr?.toString().trim() ?? String(error)}`,
      );
    output = failed.stdout;
  }
  const [treeId = '', ...lines] = output.toString().split('\0');
  const conflicts = new Map<string, ConflictStages>();
  for (const line of lines) {
    const match = STAGE_LINE.exec(line);
    if (!match) continue;
    const [, mode = '', oid = '', stage = '1', path = ''] = match;
    conflicts.set(path, {
      ...conflicts.get(path),
      [SIDES[stage as keyof typeof SIDES]]: { mode, oid },
    });
  }
  return { treeId, conflicts };
};
