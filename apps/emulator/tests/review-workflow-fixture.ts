import {
  CreateBranchCommand,
  GetRepositoryCommand,
  CreateRepositoryCommand,
  GetBranchCommand,
  PutFileCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';
import type Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';
import { registerPullRequestListeners } from '../src/pull-requests/listeners.ts';
import { openDatabase } from '../src/store/database.ts';
import { regionalRepositoryStores } from '../src/store/repository-store.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';

const run = promisify(execFile);

/** The tip of a branch. */
export const tipOf = async (
  client: CodeCommitClient,
  repositoryName: string,
  branchName: string,
): Promise<string> =>
  (await client.send(new GetBranchCommand({ repositoryName, branchName }))).branch?.commitId ?? '';

/** Commits one file to a branch (on its current tip) through PutFile and returns the new tip. */
export const putFile = async (
  client: CodeCommitClient,
  repositoryName: string,
  branchName: string,
  filePath: string,
  content: string,
): Promise<string> => {
  let parentCommitId: string | undefined;
  try {
    parentCommitId = await tipOf(client, repositoryName, branchName);
  } catch {
    parentCommitId = undefined;
  }
  const { commitId } = await client.send(
    new PutFileCommand({
      repositoryName,
      branchName,
      filePath,
      fileContent: Buffer.from(content),
      parentCommitId,
      commitMessage: `Write ${filePath}`,
    }),
  );
  return commitId ?? '';
};

/** A repository with `main` (README.md and lines.txt holding lines one..ten) and a `branch` cut from it. */
export const seedRepository = async (
  client: CodeCommitClient,
  repositoryName: string,
  branches: readonly string[] = ['feature'],
): Promise<string> => {
  await client.send(new CreateRepositoryCommand({ repositoryName }));
  await putFile(client, repositoryName, 'main', 'README.md', '# Demo\n');
  const tip = await putFile(client, repositoryName, 'main', 'lines.txt', numbered(10));
  for (const branchName of branches)
    await client.send(new CreateBranchCommand({ repositoryName, branchName, commitId: tip }));
  return tip;
};

/** "line 1\n" … "line N\n", with some lines replaced. */
export const numbered = (count: number, replaced: Record<number, string> = {}): string =>
  Array.from(
    { length: count },
    (_, index) => `${replaced[index + 1] ?? `line ${index + 1}`}\n`,
  ).join('');

/** `git fsck --strict` of a repository in the emulator's data folder; resolves its output, rejects on any problem. */
export const fsck = async (gitDir: string): Promise<string> => {
  const { stdout, stderr } = await run(
    'git',
    ['--git-dir', gitDir, 'fsck', '--strict', '--no-dangling'],
    { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } },
  );
  return stdout + stderr;
};

/** Runs the AWS CLI against the emulator and parses its JSON answer. */
export const aws = async (
  env: NodeJS.ProcessEnv,
  args: readonly string[],
): Promise<Record<string, unknown>> => {
  const { stdout } = await run('aws', ['codecommit', ...args, '--output', 'json'], { env });
  return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>);
};

/**
 * Makes sure the emulator's pull request and trigger listeners run (a no-op where the emulator
 * registers them itself), through a second connection to its database, which it hands back.
 */
export const listenForReviews = (emulator: TestEmulator): Database.Database => {
  const db = openDatabase(emulator.dataDir);
  registerPullRequestListeners(
    {
      db,
      repositoriesIn: regionalRepositoryStores(db, emulator.dataDir, '123456789012'),
      events: emulator.emulator.events,
      accountId: '123456789012',
    },
    { dataDir: emulator.dataDir },
  );
  return db;
};

export interface ReviewEmulator {
  emulator: TestEmulator;
  /** A second connection to the emulator's database. */
  db: Database.Database;
  admin: CodeCommitClient;
  developer: CodeCommitClient;
  reader: CodeCommitClient;
  close(): Promise<void>;
}

/** An emulator with its pull request listeners, and an SDK client per demo user. */
export const startReviewEmulator = async (): Promise<ReviewEmulator> => {
  const emulator = await startTestEmulator();
  const db = listenForReviews(emulator);
  return {
    emulator,
    db,
    admin: emulator.client('admin'),
    developer: emulator.client('developer'),
    reader: emulator.client('reader'),
    async close() {
      await emulator.close();
      db.close();
    },
  };
};

/** The bare git repository behind a repository of the emulator. */
export const gitDirOf = async (emulator: TestEmulator, repositoryName: string): Promise<string> => {
  const { repositoryMetadata } = await emulator
    .client('admin')
    .send(new GetRepositoryCommand({ repositoryName }));
  return path.join(
    emulator.dataDir,
    'repositories',
    `${repositoryMetadata?.repositoryId ?? ''}.git`,
  );
};

/**
 * One review emulator for the whole test file: started (then seeded) in beforeAll and closed in
 * afterAll, after `git fsck --strict` of `fsckRepository` when given. Its members are there once
 * beforeAll has run; a test file's own afterAll hooks run before it closes.
 *
 * @example
 * const review = reviewEmulatorForFile((r) => seedRepository(r.admin, 'demo'));
 * test('…', async () => { await review.developer.send(…); });
 */
export const reviewEmulatorForFile = (
  seed: (review: ReviewEmulator) => Promise<unknown> = () => Promise.resolve(),
  { fsckRepository }: { fsckRepository?: string } = {},
): ReviewEmulator => {
  let started: ReviewEmulator | undefined;
  const current = (): ReviewEmulator => {
    if (!started) throw new Error('The review emulator starts in beforeAll.');
    return started;
  };
  beforeAll(async () => {
    started = await startReviewEmulator();
    await seed(started);
  });
  afterAll(async () => {
    const review = current();
    try {
      if (fsckRepository !== undefined) {
        const problems = await fsck(await gitDirOf(review.emulator, fsckRepository));
        expect(problems).not.toMatch(/error|warning/i);
      }
    } finally {
      await review.close();
    }
  });
  return {
    get emulator() {
      return current().emulator;
    },
    get db() {
      return current().db;
    },
    get admin() {
      return current().admin;
    },
    get developer() {
      return current().developer;
    },
    get reader() {
      return current().reader;
    },
    close: () => current().close(),
  };
};
