import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOperationLog } from '../../apps/bff/src/testing/operation-log.ts';
import { startConsole } from '../console.ts';
import { run } from '../lib/run.ts';
import { onLoopback, startFreshBff } from './console-bff.ts';
import { countingClient } from './console-sdk.ts';
import { pushBlameRepository, pushSearchRepository } from './reader-repositories.ts';
import { printTable, summarize, timeEach } from './stats.ts';

const searchFiles = Number(process.env.BENCH_SEARCH_FILES ?? 10_000);
const blameLines = Number(process.env.BENCH_BLAME_LINES ?? 400);
const blameVersions = Number(process.env.BENCH_BLAME_VERSIONS ?? 200);
const coldSamples = Number(process.env.BENCH_READER_COLD ?? 3);
const warmSamples = Number(process.env.BENCH_READER_WARM ?? 10);

interface Timed {
  ms: number;
  /** Time until the first line of a streamed answer. */
  firstMs: number;
  calls: number;
}

/** A signed-in `fetch` on a BFF that times the answer and its first streamed line. */
async function session(url: string, calls: () => number) {
  const signedIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ userName: 'developer' }),
  });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (path: string): Promise<Timed> => {
    calls();
    const started = performance.now();
    const answer = await fetch(`${url}${path}`, { headers: { Cookie: cookie } });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
    const reader = answer.body?.getReader();
    let firstMs = Number.NaN;
    for (;;) {
      const chunk = await reader?.read();
      if (Number.isNaN(firstMs)) firstMs = performance.now() - started;
      if (!chunk || chunk.done) break;
    }
    return { ms: performance.now() - started, firstMs, calls: calls() };
  };
}

const row = (name: string, samples: Timed[], streamed = false): (string | number)[] => [
  name,
  samples.length,
  summarize(samples.map((sample) => sample.calls)).p50,
  streamed ? summarize(samples.map((sample) => sample.firstMs)).p50 : '',
  summarize(samples.map((sample) => sample.ms)).p50,
  summarize(samples.map((sample) => sample.ms)).p95,
];

/**
 * Blame and search through the BFF: CodeCommit calls, cold (a new BFF per sample) and warm (the
 * same BFF asked again), beside `git grep` and `git blame` on the same repository.
 */
export async function benchReader(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-reader-'));
  const running = await startConsole({ dataDir: join(work, 'data'), port: 0, seed: false });
  const endpoint = process.env.AWS_ENDPOINT_URL_CODECOMMIT;
  // Every call a fresh BFF makes passes through this log, so streamed answers are counted too.
  const operations = await startOperationLog(onLoopback(running.url));
  process.env.AWS_ENDPOINT_URL_CODECOMMIT = operations.url;
  const calls = () => operations.take().length;
  try {
    const developer = running.emulator.users.find((user) => user.userName === 'developer')!;
    const sdk = countingClient(onLoopback(running.url), developer);
    const options = { work, client: sdk.client, user: developer };
    const search = await pushSearchRepository({ ...options, fileCount: searchFiles });
    const blame = await pushBlameRepository({
      ...options,
      lineCount: blameLines,
      versions: blameVersions,
    });
    const searchPath = (query: string) =>
      `/api/repositories/${search.repositoryName}/search?commitSpecifier=${search.tipCommitId}&query=${encodeURIComponent(query)}`;
    const blamePath = `/api/repositories/${blame.repositoryName}/blame?commitSpecifier=${blame.tipCommitId}&filePath=story.txt`;

    const rows: (string | number)[][] = [];
    const measure = async (
      name: string,
      first: string,
      again: string,
      streamed: boolean,
      reference: () => Promise<unknown>,
    ) => {
      const cold: Timed[] = [];
      const warm: Timed[] = [];
      for (let index = 0; index < coldSamples; index += 1) {
        const bff = await startFreshBff();
        try {
          const get = await session(bff.url, calls);
          cold.push(await get(first));
          for (let repeat = 0; repeat < warmSamples; repeat += 1) warm.push(await get(again));
        } finally {
          await bff.close();
        }
      }
      const referenceTimes = await timeEach(Array.from({ length: warmSamples }), reference);
      rows.push(row(`${name}, first (cold BFF)`, cold, streamed));
      rows.push(row(`${name}, repeated (warm)`, warm, streamed));
      rows.push([
        `  reference`,
        referenceTimes.length,
        0,
        '',
        summarize(referenceTimes).p50,
        summarize(referenceTimes).p95,
      ]);
    };
    await measure(
      `search ${searchFiles.toLocaleString('en-US')} files`,
      searchPath('revision 7'),
      searchPath('value = \\d+;$'),
      false,
      () =>
        run('git', ['grep', '-c', '-e', 'revision 7', search.tipCommitId], { cwd: search.gitDir }),
    );
    await measure(
      `blame ${blameLines}+ lines, ${blameVersions} versions`,
      blamePath,
      blamePath,
      true,
      () =>
        run('git', ['blame', '--porcelain', blame.tipCommitId, '--', 'story.txt'], {
          cwd: blame.gitDir,
        }),
    );
    printTable(
      'Blame and search through the BFF: CodeCommit calls and ms (p50, p95). Cold: a new BFF per ' +
        'sample; warm: the same BFF asked again (search: another query on the same commit). ' +
        'Reference: git grep / git blame on the pushed bare repository.',
      ['view', 'samples', 'calls', 'first line ms', 'p50 ms', 'p95 ms'],
      rows,
    );
  } finally {
    process.env.AWS_ENDPOINT_URL_CODECOMMIT = endpoint;
    await operations.close();
    await running.close();
    await rm(work, { recursive: true, force: true });
  }
}
