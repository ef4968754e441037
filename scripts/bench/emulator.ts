import {
  CodeCommitClient,
  CreateRepositoryCommand,
  GetDifferencesCommand,
  GetFileCommand,
  GetFolderCommand,
  GetRepositoryCommand,
} from '@aws-sdk/client-codecommit';
import { startEmulator } from '@cc/emulator';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticatedUrl } from '../lib/git-password.ts';
import { run } from '../lib/run.ts';
import { startCannedServer } from './canned-server.ts';
import { catFileBatch } from './cat-file.ts';
import { signedHttpClient } from './signed-http.ts';
import { generateRepository } from './generate-repository.ts';
import { printTable, summarize, timeEach, timeOnce } from './stats.ts';

const fileCount = Number(process.env.BENCH_FILES ?? 10_000);
const commitCount = Number(process.env.BENCH_COMMITS ?? 5_000);
const samples = Number(process.env.BENCH_SAMPLES ?? 2000);

/** Emulator reads, clone and push, side by side with git doing the same work on the same repository. */
export async function benchEmulator(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-emulator-'));
  const emulator = await startEmulator({ dataDir: join(work, 'data'), port: 0 });
  try {
    const source = join(work, 'source.git');
    const generated = await timeOnce(() =>
      generateRepository({ gitDir: source, fileCount, commitCount }),
    );
    console.log(
      `Generated ${fileCount} files and ${commitCount} commits in ${(generated / 1000).toFixed(1)} s`,
    );

    const developer = emulator.emulator.users.find((user) => user.userName === 'developer')!;
    const client = new CodeCommitClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: {
        accessKeyId: developer.accessKeyId,
        secretAccessKey: developer.secretAccessKey,
      },
    });
    const repositoryName = 'bench';
    const { repositoryMetadata } = await client.send(
      new CreateRepositoryCommand({ repositoryName }),
    );
    const remote = () =>
      authenticatedUrl({
        url: repositoryMetadata!.cloneUrlHttp!,
        region: 'us-east-1',
        ...developer,
      });

    const diskTarget = join(work, 'disk-target.git');
    await run('git', ['init', '-q', '--bare', diskTarget]);
    const pushDisk = await timeOnce(() =>
      run('git', ['push', '-q', `file://${diskTarget}`, 'main'], { cwd: source }),
    );
    const pushEmulator = await timeOnce(() =>
      run('git', ['push', '-q', remote(), 'main'], { cwd: source }),
    );
    const cloneDisk = await timeOnce(() =>
      run('git', ['clone', '-q', '--bare', `file://${source}`, join(work, 'clone-disk.git')]),
    );
    const cloneEmulator = await timeOnce(() =>
      run('git', ['clone', '-q', '--bare', remote(), join(work, 'clone-emulator.git')]),
    );
    printTable(
      'git transport (ms)',
      ['operation', 'emulator (HTTP)', 'git from disk (file://)', 'ratio'],
      [
        ['push', pushEmulator, pushDisk, `${(pushEmulator / pushDisk).toFixed(2)}x`],
        ['clone', cloneEmulator, cloneDisk, `${(cloneEmulator / cloneDisk).toFixed(2)}x`],
      ],
    );

    const commits = (await run('git', ['rev-list', 'main'], { cwd: source })).trim().split('\n');
    const paths = (await run('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: source }))
      .trim()
      .split('\n');
    const pick = <T>(list: T[], count: number) =>
      Array.from({ length: count }, (_, index) => list[(index * 7919) % list.length]!);
    const filePaths = pick(paths, samples);
    const folders = pick(
      [...new Set(paths.map((path) => path.slice(0, path.lastIndexOf('/'))))],
      samples,
    );
    // rev-list is newest first and the history is linear: each commit's parent is the next entry.
    const commitPairs = pick(
      commits.slice(0, -1).map((afterCommitSpecifier, index) => ({
        afterCommitSpecifier,
        beforeCommitSpecifier: commits[index + 1]!,
      })),
      Math.min(samples, 100),
    );

    const floor = catFileBatch(source);
    const wire = signedHttpClient({ endpoint: emulator.url, client });
    const rows: (string | number)[][] = [];
    /**
     * One read four ways: the SDK; the same signed call with no SDK around it; that signed call
     * against a server answering the same bytes at once (what HTTP, signing and JSON cost with
     * no work at all); and git.
     */
    type Figures = ReturnType<typeof summarize>;
    const compare = async <T, Input>(read: {
      operation: string;
      inputs: T[];
      input: (item: T) => Input;
      sdk: (input: Input) => Promise<unknown>;
      git: (item: T) => Promise<unknown>;
    }) => {
      const canned = await startCannedServer(
        JSON.stringify(await wire.call(read.operation, read.input(read.inputs[0]!))),
      );
      const cannedWire = signedHttpClient({ endpoint: canned.url, client });
      const ways = [
        () => timeEach(read.inputs, (item) => read.sdk(read.input(item))),
        () => timeEach(read.inputs, (item) => wire.call(read.operation, read.input(item))),
        () => timeEach(read.inputs, (item) => cannedWire.call(read.operation, read.input(item))),
        () => timeEach(read.inputs, read.git),
      ];
      for (const warmUp of ways) await warmUp();
      const figures: ReturnType<typeof summarize>[] = [];
      for (const way of ways) figures.push(summarize(await way()));
      cannedWire.close();
      await canned.close();
      const [sdk, signed, noWork, git] = figures as [Figures, Figures, Figures, Figures];
      rows.push([
        `${read.operation} x${read.inputs.length}`,
        sdk.p50,
        signed.p50,
        signed.p95,
        signed.perSecond,
        noWork.p50,
        git.p50,
        git.p95,
        git.perSecond,
        `${(signed.p50 / git.p50).toFixed(2)}x`,
      ]);
    };
    await compare({
      operation: 'GetFile',
      inputs: filePaths,
      input: (filePath) => ({ repositoryName, filePath }),
      sdk: (input) => client.send(new GetFileCommand(input)),
      git: (filePath) => floor.read(`main:${filePath}`),
    });
    await compare({
      operation: 'GetFolder',
      inputs: folders,
      input: (folderPath) => ({ repositoryName, folderPath, commitSpecifier: 'main' }),
      sdk: (input) => client.send(new GetFolderCommand(input)),
      git: (folderPath) => floor.read(`main:${folderPath}`),
    });
    await compare({
      operation: 'GetDifferences',
      inputs: commitPairs,
      input: (pair) => ({ repositoryName, ...pair }),
      sdk: (input) => client.send(new GetDifferencesCommand(input)),
      git: (pair) =>
        run(
          'git',
          ['diff-tree', '-r', '-z', pair.beforeCommitSpecifier, pair.afterCommitSpecifier],
          {
            cwd: source,
          },
        ),
    });
    floor.close();
    const roundTrip = (send: () => Promise<unknown>) =>
      timeEach(filePaths, send).then((timings) => summarize(timings).p50.toFixed(2));
    const sdkOnly = await roundTrip(() =>
      client.send(new GetRepositoryCommand({ repositoryName })),
    );
    const signedOnly = await roundTrip(() => wire.call('GetRepository', { repositoryName }));
    const inFlight = 8;
    const concurrent = await timeOnce(() =>
      Promise.all(
        Array.from({ length: inFlight }, async (_, lane) => {
          for (let index = lane; index < filePaths.length; index += inFlight) {
            await wire.call('GetFile', { repositoryName, filePath: filePaths[index]! });
          }
        }),
      ),
    );
    wire.close();
    printTable(
      'API reads against git on the same repository (ms; per second is one call at a time)',
      [
        'read',
        'SDK p50',
        'signed HTTP p50',
        'p95',
        '/s',
        'no-work server p50',
        'git p50',
        'p95',
        '/s',
        'signed/git p50',
      ],
      rows,
    );
    console.log(
      `  a call that reads no git (GetRepository), p50: SDK ${sdkOnly} ms, signed HTTP ${signedOnly} ms; ` +
        `GetFile with ${inFlight} in flight: ${((1000 * filePaths.length) / concurrent).toFixed(0)}/s`,
    );
    console.log(
      '  no-work server = the same signed call against a server that answers the same bytes at once: ' +
        'what HTTP, signing and the JSON answer cost before the emulator does anything',
    );
    console.log(
      '  SDK = @aws-sdk/client-codecommit; signed HTTP = the same SigV4-signed AWS JSON 1.1 call on one ' +
        'kept-alive connection, without the SDK middleware (which costs the same against AWS)',
    );
    console.log(
      '  git reference: GetFile and GetFolder = one persistent `git cat-file --batch`; GetDifferences = `git diff-tree -r`',
    );
    console.log(
      '  targets: API reads (signed HTTP) within 2x of the floor; clone within 1.5x of the local clone',
    );
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}
