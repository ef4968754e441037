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
    const wire = signedHttpClient({ endpoint: emulator.url, region: 'us-east-1', ...developer });
    const rows: (string | number)[][] = [];
    /** One read three ways: the SDK, the same signed call with no SDK around it, and git. */
    const compare = async (
      name: string,
      sdk: () => Promise<number[]>,
      signed: () => Promise<number[]>,
      git: () => Promise<number[]>,
    ) => {
      for (const warmUp of [sdk, signed, git]) await warmUp();
      const a = summarize(await sdk());
      const b = summarize(await signed());
      const c = summarize(await git());
      rows.push([
        name,
        a.p50,
        a.perSecond,
        b.p50,
        b.p95,
        b.perSecond,
        c.p50,
        c.p95,
        c.perSecond,
        `${(b.p50 / c.p50).toFixed(2)}x`,
      ]);
    };
    const getFile = (filePath: string) => ({ repositoryName, filePath });
    await compare(
      `GetFile x${filePaths.length}`,
      () => timeEach(filePaths, (path) => client.send(new GetFileCommand(getFile(path)))),
      () => timeEach(filePaths, (path) => wire.call('GetFile', getFile(path))),
      () => timeEach(filePaths, (filePath) => floor.read(`main:${filePath}`)),
    );
    const getFolder = (folderPath: string) => ({
      repositoryName,
      folderPath,
      commitSpecifier: 'main',
    });
    await compare(
      `GetFolder x${folders.length}`,
      () => timeEach(folders, (path) => client.send(new GetFolderCommand(getFolder(path)))),
      () => timeEach(folders, (path) => wire.call('GetFolder', getFolder(path))),
      () => timeEach(folders, (folderPath) => floor.read(`main:${folderPath}`)),
    );
    await compare(
      `GetDifferences x${commitPairs.length}`,
      () =>
        timeEach(commitPairs, (pair) =>
          client.send(new GetDifferencesCommand({ repositoryName, ...pair })),
        ),
      () =>
        timeEach(commitPairs, (pair) => wire.call('GetDifferences', { repositoryName, ...pair })),
      () =>
        timeEach(commitPairs, (pair) =>
          run(
            'git',
            ['diff-tree', '-r', '-z', pair.beforeCommitSpecifier, pair.afterCommitSpecifier],
            { cwd: source },
          ),
        ),
    );
    floor.close();
    const roundTrip = (send: () => Promise<unknown>) =>
      timeEach(filePaths, send).then((timings) => summarize(timings).p50.toFixed(2));
    const sdkOnly = await roundTrip(() =>
      client.send(new GetRepositoryCommand({ repositoryName })),
    );
    const signedOnly = await roundTrip(() => wire.call('GetRepository', { repositoryName }));
    // The same signed GetFile against a server that only answers with the same bytes.
    const canned = await startCannedServer(
      JSON.stringify(await wire.call('GetFile', getFile(filePaths[0]!))),
    );
    const cannedWire = signedHttpClient({
      endpoint: canned.url,
      region: 'us-east-1',
      ...developer,
    });
    await timeEach(filePaths, (path) => cannedWire.call('GetFile', getFile(path)));
    const transport = summarize(
      await timeEach(filePaths, (path) => cannedWire.call('GetFile', getFile(path))),
    ).p50.toFixed(2);
    cannedWire.close();
    await canned.close();
    const inFlight = 8;
    const concurrent = await timeOnce(() =>
      Promise.all(
        Array.from({ length: inFlight }, async (_, lane) => {
          for (let index = lane; index < filePaths.length; index += inFlight) {
            await wire.call('GetFile', getFile(filePaths[index]!));
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
        '/s',
        'signed HTTP p50',
        'p95',
        '/s',
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
      `  the signed GetFile against a server answering the same bytes at once (HTTP and signing alone), p50: ${transport} ms`,
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
