import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import type { EmulatorUser } from '@cc/emulator';
import { join } from 'node:path';
import { run } from '../lib/run.ts';
import { fastImport, numbered, type ImportedCommit } from './fast-import.ts';
import { createAndPush } from './console-push.ts';

/** Where the benchmark's views point in the repository it pushed. */
export interface CodeRepository {
  repositoryName: string;
  /** Folder with `folderEntries` files. */
  folderPath: string;
  tipCommitId: string;
  /** The commit that changes `changedFiles` files, and its parent. */
  wideCommitId: string;
  wideParentId: string;
}

/**
 * A repository for the code views, pushed with `git push`: the first commit adds a folder of
 * `folderEntries` files and `changedFiles` more; the second changes those `changedFiles`; then
 * `historyCommits` commits each edit one file, so a history page of 100 walks 100 of them.
 */
export async function pushCodeRepository(options: {
  work: string;
  client: CodeCommitClient;
  user: EmulatorUser;
  repositoryName: string;
  folderEntries: number;
  changedFiles: number;
  historyCommits: number;
}): Promise<CodeRepository> {
  const { work, client, user, repositoryName, changedFiles, historyCommits } = options;
  const folderPath = 'big';
  const wide = numbered(changedFiles, (index) => `wide/file-${index}.txt`);
  function* commits(): Generator<ImportedCommit> {
    yield {
      branch: 'main',
      message: 'Add a large folder',
      files: [
        ['README.md', '# bench\n'],
        ...numbered(options.folderEntries, (index): [string, string] => [
          `${folderPath}/entry-${index}.txt`,
          `entry ${index}\n`,
        ]),
        ...wide.map((path): [string, string] => [path, `${path}\n`]),
      ],
    };
    yield {
      branch: 'main',
      message: `Change ${changedFiles} files`,
      files: wide.map((path): [string, string] => [path, `${path}, changed\n`]),
    };
    for (let index = 0; index < historyCommits; index += 1) {
      yield {
        branch: 'main',
        message: `Edit the log (${index})`,
        files: [['log.txt', `revision ${index}\n`]],
      };
    }
  }
  const gitDir = join(work, `${repositoryName}.git`);
  await fastImport({ gitDir, commits: commits() });
  await createAndPush({ client, user, repositoryName, gitDir, branches: ['main'] });
  const oldestFirst = (await run('git', ['rev-list', '--reverse', 'main'], { cwd: gitDir }))
    .trim()
    .split('\n');
  return {
    repositoryName,
    folderPath,
    tipCommitId: oldestFirst.at(-1)!,
    wideParentId: oldestFirst[0]!,
    wideCommitId: oldestFirst[1]!,
  };
}
