import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import type { EmulatorUser } from '@cc/emulator';
import { join } from 'node:path';
import { run } from '../lib/run.ts';
import { createAndPush } from './console-push.ts';
import { fastImport, type ImportedCommit } from './fast-import.ts';
import { generateRepository } from './generate-repository.ts';

export interface ReaderRepository {
  repositoryName: string;
  /** The bare repository that was pushed: the reference (`git grep`, `git blame`) reads it. */
  gitDir: string;
  tipCommitId: string;
}

async function pushed(options: {
  client: CodeCommitClient;
  user: EmulatorUser;
  repositoryName: string;
  gitDir: string;
}): Promise<ReaderRepository> {
  await createAndPush({ ...options, branches: ['main'] });
  const tipCommitId = (await run('git', ['rev-parse', 'main'], { cwd: options.gitDir })).trim();
  return { repositoryName: options.repositoryName, gitDir: options.gitDir, tipCommitId };
}

/** A repository of `fileCount` files in folders of 100 (see generateRepository), for search. */
export async function pushSearchRepository(options: {
  work: string;
  client: CodeCommitClient;
  user: EmulatorUser;
  fileCount: number;
}): Promise<ReaderRepository> {
  const gitDir = join(options.work, 'search.git');
  await generateRepository({ gitDir, fileCount: options.fileCount, commitCount: 20 });
  return pushed({ ...options, repositoryName: 'bench-search', gitDir });
}

/**
 * A file of `lineCount` lines changed by `versions` commits, each rewriting two lines and adding
 * one, so its blame gathers lines from every version.
 */
export async function pushBlameRepository(options: {
  work: string;
  client: CodeCommitClient;
  user: EmulatorUser;
  lineCount: number;
  versions: number;
}): Promise<ReaderRepository> {
  const { lineCount, versions } = options;
  const gitDir = join(options.work, 'blame.git');
  const lines = Array.from({ length: lineCount }, (_, index) => `line ${index} of the story`);
  function* commits(): Generator<ImportedCommit> {
    for (let version = 0; version < versions; version += 1) {
      if (version > 0) {
        lines[(version * 37) % lines.length] = `line rewritten in version ${version}`;
        lines[(version * 101) % lines.length] = `another line rewritten in version ${version}`;
        lines.push(`line added in version ${version}`);
      }
      yield {
        branch: 'main',
        message: `Version ${version} of the story`,
        files: [['story.txt', `${lines.join('\n')}\n`]],
      };
    }
  }
  await fastImport({ gitDir, commits: commits() });
  return pushed({ ...options, repositoryName: 'bench-blame', gitDir });
}
