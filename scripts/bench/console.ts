import {
  BatchGetRepositoriesCommand,
  CreateRepositoryCommand,
  GetBranchCommand,
  GetCommitCommand,
  GetFolderCommand,
  ListRepositoriesCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsole } from '../console.ts';
import { onLoopback, signIn } from './console-bff.ts';
import { pushCodeRepository } from './console-code-repository.ts';
import {
  measureView,
  printViews,
  samplesFromEnv,
  warmCostsNothing,
  type View,
  type ViewFigures,
} from './console-measure.ts';
import { readDifferences, walkHistory } from './console-reference.ts';
import { countingClient, inBatches } from './console-sdk.ts';
import { timeOnce } from './stats.ts';

const repositoryCount = Number(process.env.BENCH_REPOSITORIES ?? 1_000);
const folderEntries = Number(process.env.BENCH_FOLDER_ENTRIES ?? 5_000);
const historyLimit = Number(process.env.BENCH_HISTORY_LIMIT ?? 100);
const changedFiles = Number(process.env.BENCH_CHANGED_FILES ?? 300);

/**
 * What the console's code views cost through the BFF, cold and warm, beside the same data read
 * straight from the emulator with the SDK: a list of repositories, a large folder, a page of
 * history, and a commit that changes many files.
 */
export async function benchConsole(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-console-'));
  const running = await startConsole({ dataDir: join(work, 'data'), port: 0, seed: false });
  try {
    const url = onLoopback(running.url);
    const developer = running.emulator.users.find((user) => user.userName === 'developer')!;
    const sdk = countingClient(url, developer);
    const consoleSession = await signIn(url, 'developer');
    const samples = samplesFromEnv();
    const names = Array.from(
      { length: repositoryCount },
      (_, index) => `bench-list-${String(index).padStart(4, '0')}`,
    );
    const created = await timeOnce(() =>
      inBatches(names, 16, (repositoryName) =>
        sdk.client.send(
          new CreateRepositoryCommand({ repositoryName, repositoryDescription: 'bench' }),
        ),
      ),
    );
    console.log(
      `Created ${repositoryCount} repositories through the SDK in ${(created / 1000).toFixed(1)} s`,
    );
    const warmUpPath = `/api/repositories/${names[0]}`;
    const rows: ViewFigures[] = [];
    const measure = async (view: View) =>
      rows.push(await measureView({ view, consoleSession, sdk, warmUpPath, samples }));

    // Measured before any other repository exists, so the list holds exactly repositoryCount.
    await measure({
      name: `${repositoryCount} repositories`,
      paths: ['/api/repositories'],
      reference: async ({ client }) => {
        const listed: string[] = [];
        let nextToken: string | undefined;
        do {
          const page = await client.send(
            new ListRepositoriesCommand({
              sortBy: 'repositoryName',
              order: 'ascending',
              nextToken,
            }),
          );
          listed.push(...(page.repositories ?? []).map((r) => r.repositoryName ?? ''));
          nextToken = page.nextToken;
        } while (nextToken);
        const chunks = Array.from({ length: Math.ceil(listed.length / 100) }, (_, index) =>
          listed.slice(index * 100, index * 100 + 100),
        );
        await Promise.all(
          chunks.map((repositoryNames) =>
            client.send(new BatchGetRepositoriesCommand({ repositoryNames })),
          ),
        );
      },
    });

    const code = await pushCodeRepository({
      work,
      client: sdk.client,
      user: developer,
      repositoryName: 'bench-code',
      folderEntries,
      changedFiles,
      historyCommits: historyLimit + 10,
    });
    const { repositoryName, folderPath, tipCommitId, wideCommitId, wideParentId } = code;
    const base = `/api/repositories/${repositoryName}`;
    const folderView = (commitSpecifier: string): View => ({
      name: `folder of ${folderEntries} entries at ${commitSpecifier === 'main' ? 'branch' : 'commit id'}`,
      paths: [`${base}/folder?commitSpecifier=${commitSpecifier}&folderPath=${folderPath}`],
      reference: ({ client }) =>
        client.send(new GetFolderCommand({ repositoryName, commitSpecifier, folderPath })),
    });
    await measure(folderView(tipCommitId));
    await measure(folderView('main'));
    const historyView = (commitSpecifier: string): View => ({
      name: `${historyLimit}-commit history at ${commitSpecifier === 'main' ? 'branch' : 'commit id'}`,
      paths: [`${base}/commits?commitSpecifier=${commitSpecifier}&limit=${historyLimit}`],
      reference: async ({ client }) => {
        const tip =
          commitSpecifier === 'main'
            ? (await client.send(new GetBranchCommand({ repositoryName, branchName: 'main' })))
                .branch?.commitId
            : commitSpecifier;
        await walkHistory(client, repositoryName, tip ?? '', historyLimit);
      },
    });
    await measure(historyView(tipCommitId));
    await measure(historyView('main'));
    await measure({
      name: `commit with ${changedFiles} changed files`,
      paths: [
        `${base}/commits/${wideCommitId}`,
        `${base}/differences?beforeCommitSpecifier=${wideParentId}&afterCommitSpecifier=${wideCommitId}`,
      ],
      reference: async ({ client }) => {
        await client.send(new GetCommitCommand({ repositoryName, commitId: wideCommitId }));
        await readDifferences(client, {
          repositoryName,
          beforeCommitSpecifier: wideParentId,
          afterCommitSpecifier: wideCommitId,
        });
      },
    });

    printViews(
      `Console views: CodeCommit calls and latency (ms); cold = new BFF per sample (${samples.cold}), ` +
        `warm = the console's BFF (${samples.warm}), SDK = the same data straight from the emulator (${samples.reference})`,
      rows,
    );
    console.log(
      `  0 calls warm: ${rows.every(warmCostsNothing) ? 'yes' : 'no'} ` +
        '(target: warm views cost zero CodeCommit calls; what a commit id names is kept, the list ' +
        'and branch tips are reused for a few seconds or until a change through the console)',
    );
  } finally {
    await running.close();
    await rm(work, { recursive: true, force: true });
  }
}
