import type { TestConsole } from './console.ts';
import { startTestConsole } from './console.ts';
import { startOperationLog, type OperationLog } from './operation-log.ts';

export interface CommitSpec {
  branchName?: string;
  files: Record<string, string>;
  message: string;
  author?: string;
}

/**
 * Makes one commit on a branch through the console's CreateCommit route, as `developer`, and
 * returns its id: history for tests to read, built with the same calls a person would make.
 */
export async function commitFiles(
  testConsole: TestConsole,
  repositoryName: string,
  input: CommitSpec & { parentCommitId?: string },
): Promise<string> {
  const response = await testConsole.json(
    'developer',
    'POST',
    `/api/repositories/${repositoryName}/commits`,
    {
      branchName: input.branchName ?? 'main',
      parentCommitId: input.parentCommitId,
      putFiles: Object.entries(input.files).map(([filePath, fileContent]) => ({
        filePath,
        fileContent,
      })),
      commitMessage: input.message,
      name: input.author ?? 'Test Author',
      email: 'author@example.com',
    },
  );
  if (response.status !== 201)
    throw new Error(`CreateCommit failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { commitId: string }).commitId;
}

export interface ConsoleWithHistory {
  testConsole: TestConsole;
  /** Every CodeCommit call the BFF makes passes through this log. */
  operations: OperationLog;
  /** The ids of the commits made, in order, each on top of the one before. */
  commits: string[];
  close(): Promise<void>;
}

/** A test console whose calls are logged, with one repository holding the given line of commits. */
export async function startConsoleWithHistory(
  repositoryName: string,
  history: CommitSpec[],
): Promise<ConsoleWithHistory> {
  const testConsole = await startTestConsole();
  const operations = await startOperationLog(testConsole.emulatorUrl);
  process.env.AWS_ENDPOINT_URL_CODECOMMIT = operations.url;
  await testConsole.json('admin', 'POST', '/api/repositories', { repositoryName });
  const commits: string[] = [];
  for (const spec of history)
    commits.push(
      await commitFiles(testConsole, repositoryName, { ...spec, parentCommitId: commits.at(-1) }),
    );
  return {
    testConsole,
    operations,
    commits,
    async close() {
      await testConsole.close();
      await operations.close();
    },
  };
}
