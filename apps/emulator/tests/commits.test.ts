import {
  BatchGetCommitsCommand,
  CreateBranchCommand,
  CreateCommitCommand,
  CreateRepositoryCommand,
  GetBranchCommand,
  GetCommitCommand,
  GetFileCommand,
  GetFolderCommand,
  ListFileCommitHistoryCommand,
  PutFileCommand,
  type CreateCommitCommandInput,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { bareRepositories, errorName, fsckFailures, hashObject } from './git-support.ts';
import { run } from './run.ts';

let emulator: TestEmulator;
let tip: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.client().send(new CreateRepositoryCommand({ repositoryName: 'commits' }));
});
afterAll(() => emulator.close());

const commit = (input: Partial<CreateCommitCommandInput>) =>
  emulator.client().send(
    new CreateCommitCommand({
      repositoryName: 'commits',
      branchName: 'main',
      parentCommitId: tip,
      ...input,
    }),
  );

describe('CreateCommit', () => {
  it('makes the first commit of an empty repository without a parent', async () => {
    const created = await commit({
      parentCommitId: undefined,
      commitMessage: 'Initial layout',
      authorName: 'Mary Major',
      email: 'mary@example.com',
      putFiles: [
        { filePath: 'README.md', fileContent: Buffer.from('# Commits\n') },
        { filePath: 'src/app.ts', fileContent: Buffer.from('export const app = 1;\n') },
        {
          filePath: 'tools/build.sh',
          fileContent: Buffer.from('#!/bin/sh\n'),
          fileMode: 'EXECUTABLE',
        },
        { filePath: 'empty.txt', fileContent: new Uint8Array() },
      ],
    });
    expect(created.filesAdded).toEqual(
      expect.arrayContaining([
        { absolutePath: 'README.md', blobId: hashObject('# Commits\n'), fileMode: 'NORMAL' },
        {
          absolutePath: 'tools/build.sh',
          blobId: hashObject('#!/bin/sh\n'),
          fileMode: 'EXECUTABLE',
        },
        { absolutePath: 'empty.txt', blobId: hashObject(''), fileMode: 'NORMAL' },
      ]),
    );
    expect(created.filesUpdated).toEqual([]);
    tip = created.commitId ?? '';
    const got = await emulator
      .client('reader')
      .send(new GetCommitCommand({ repositoryName: 'commits', commitId: tip }));
    expect(got.commit).toMatchObject({
      commitId: tip,
      treeId: created.treeId,
      parents: [],
      message: 'Initial layout',
      author: { name: 'Mary Major', email: 'mary@example.com' },
      committer: { name: 'Mary Major', email: 'mary@example.com' },
    });
    expect(got.commit?.author?.date).toMatch(/^\d+ [+-]\d{4}$/);
  });

  it('puts, moves, deletes and changes modes in one commit', async () => {
    const changed = await commit({
      putFiles: [
        { filePath: 'README.md', fileContent: Buffer.from('# Commits, updated\n') },
        { filePath: 'lib/app.ts', sourceFile: { filePath: 'src/app.ts', isMove: true } },
      ],
      deleteFiles: [{ filePath: 'empty.txt' }],
      setFileModes: [{ filePath: 'tools/build.sh', fileMode: 'NORMAL' }],
    });
    expect(changed.filesAdded).toEqual([
      {
        absolutePath: 'lib/app.ts',
        blobId: hashObject('export const app = 1;\n'),
        fileMode: 'NORMAL',
      },
    ]);
    expect(changed.filesUpdated?.map((file) => file.absolutePath).sort()).toEqual([
      'README.md',
      'tools/build.sh',
    ]);
    expect(changed.filesDeleted?.map((file) => file.absolutePath).sort()).toEqual([
      'empty.txt',
      'src/app.ts',
    ]);
    const root = await emulator.client().send(
      new GetFolderCommand({
        repositoryName: 'commits',
        folderPath: '/',
        commitSpecifier: changed.commitId,
      }),
    );
    expect(root.subFolders?.map((folder) => folder.relativePath)).toEqual(['lib', 'tools']);
    const got = await emulator
      .client()
      .send(new GetCommitCommand({ repositoryName: 'commits', commitId: changed.commitId }));
    expect(got.commit?.parents).toEqual([tip]);
    tip = changed.commitId ?? '';
  });

  it('keeps a folder that a move empties with a .gitkeep when keepEmptyFolders is true', async () => {
    await emulator.client().send(
      new CreateBranchCommand({
        repositoryName: 'commits',
        branchName: 'keeping',
        commitId: tip,
      }),
    );
    const moved = await commit({
      branchName: 'keeping',
      putFiles: [
        { filePath: 'bin/build.sh', sourceFile: { filePath: 'tools/build.sh', isMove: true } },
      ],
      keepEmptyFolders: true,
    });
    const tools = await emulator.client().send(
      new GetFolderCommand({
        repositoryName: 'commits',
        folderPath: 'tools',
        commitSpecifier: moved.commitId,
      }),
    );
    expect(tools.files).toMatchObject([{ relativePath: '.gitkeep', blobId: hashObject('') }]);
  });

  it('takes 6 MB of new content a folder and 7 MB in all, the limits AWS documents', async () => {
    await emulator
      .client()
      .send(
        new CreateBranchCommand({ repositoryName: 'commits', branchName: 'sizes', commitId: tip }),
      );
    const megabytes = (count: number) => Buffer.alloc(Math.round(count * 1024 * 1024), 'x');
    const sized = (sizes: Record<string, number>) =>
      commit({
        branchName: 'sizes',
        putFiles: Object.entries(sizes).map(([filePath, size]) => ({
          filePath,
          fileContent: megabytes(size),
        })),
      });
    await expect(sized({ 'one/a': 3.5, 'one/b': 3 })).rejects.toMatchObject({
      name: 'FolderContentSizeLimitExceededException',
    });
    await expect(sized({ 'one/a': 3.5, 'two/b': 3.6 })).rejects.toMatchObject({
      name: 'FileContentSizeLimitExceededException',
    });
    const accepted = await sized({ 'one/a': 3.5, 'two/b': 3.4 });
    expect(accepted.filesAdded?.map((file) => file.absolutePath).sort()).toEqual([
      'one/a',
      'two/b',
    ]);
  });

  it('answers each broken request with the exception CodeCommit declares', async () => {
    const file = (filePath: string, text = 'x\n') => ({ filePath, fileContent: Buffer.from(text) });
    const cases: [Partial<CreateCommitCommandInput>, string][] = [
      [{}, 'FileEntryRequiredException'],
      [
        { putFiles: Array.from({ length: 101 }, (_, index) => file(`f${index}`)) },
        'MaximumFileEntriesExceededException',
      ],
      [{ putFiles: [file('a.txt'), file('a.txt', 'y\n')] }, 'SamePathRequestException'],
      [
        { putFiles: [file('a.txt')], deleteFiles: [{ filePath: 'a.txt' }] },
        'SamePathRequestException',
      ],
      [{ putFiles: [{ filePath: 'a.txt' }] }, 'SourceFileOrContentRequiredException'],
      [
        {
          putFiles: [
            {
              filePath: 'a.txt',
              fileContent: Buffer.from('x'),
              sourceFile: { filePath: 'README.md' },
            },
          ],
        },
        'FileContentAndSourceFileSpecifiedException',
      ],
      [
        { putFiles: [{ filePath: 'a.txt', sourceFile: { filePath: 'nope.md' } }] },
        'FileDoesNotExistException',
      ],
      [{ deleteFiles: [{ filePath: 'nope.md' }] }, 'FileDoesNotExistException'],
      [
        { setFileModes: [{ filePath: 'nope.sh', fileMode: 'EXECUTABLE' }] },
        'FileDoesNotExistException',
      ],
      [{ putFiles: [file('README.md/inner')] }, 'DirectoryNameConflictsWithFileNameException'],
      [{ putFiles: [file('lib')] }, 'FileNameConflictsWithDirectoryNameException'],
      [{ putFiles: [file('x'), file('x/y')] }, 'PutFileEntryConflictException'],
      [{ putFiles: [file('../x')] }, 'InvalidPathException'],
      [{ putFiles: [file('README.md', '# Commits, updated\n')] }, 'NoChangeException'],
      [
        { putFiles: [file('big-1', 'a'.repeat(4 << 20)), file('big-2', 'b'.repeat(3 << 20))] },
        'FolderContentSizeLimitExceededException',
      ],
      [{ parentCommitId: undefined, putFiles: [file('a.txt')] }, 'ParentCommitIdRequiredException'],
      [
        { parentCommitId: 'c'.repeat(40), putFiles: [file('a.txt')] },
        'ParentCommitDoesNotExistException',
      ],
      [{ branchName: 'a..b', putFiles: [file('a.txt')] }, 'InvalidBranchNameException'],
      [{ email: 'not an email', putFiles: [file('a.txt')] }, 'InvalidEmailException'],
    ];
    for (const [input, expected] of cases) {
      expect(await errorName(commit(input)), JSON.stringify(Object.keys(input))).toBe(expected);
    }
    const branch = await emulator
      .client()
      .send(new GetBranchCommand({ repositoryName: 'commits', branchName: 'main' }));
    expect(branch.branch?.commitId).toBe(tip);
  });
});

describe('GetCommit and BatchGetCommits', () => {
  it('reads commits in a batch and lists the ids it could not find', async () => {
    const client = emulator.client('reader');
    const parent =
      (await client.send(new GetCommitCommand({ repositoryName: 'commits', commitId: tip }))).commit
        ?.parents?.[0] ?? '';
    const batch = await client.send(
      new BatchGetCommitsCommand({
        repositoryName: 'commits',
        commitIds: [tip, parent, 'd'.repeat(40), 'short'],
      }),
    );
    expect(batch.commits?.map((found) => found.commitId)).toEqual([tip, parent]);
    expect(batch.errors).toEqual([
      expect.objectContaining({
        commitId: 'd'.repeat(40),
        errorCode: 'CommitIdDoesNotExistException',
      }),
      expect.objectContaining({ commitId: 'short', errorCode: 'InvalidCommitIdException' }),
    ]);
    expect(
      await errorName(
        client.send(
          new BatchGetCommitsCommand({
            repositoryName: 'commits',
            commitIds: Array(101).fill(tip),
          }),
        ),
      ),
    ).toBe('CommitIdsLimitExceededException');
    expect(
      await errorName(
        client.send(new BatchGetCommitsCommand({ repositoryName: 'commits', commitIds: [] })),
      ),
    ).toBe('CommitIdsListRequiredException');
    expect(
      await errorName(
        client.send(new GetCommitCommand({ repositoryName: 'commits', commitId: 'main' })),
      ),
    ).toBe('InvalidCommitIdException');
    expect(
      await errorName(
        client.send(new GetCommitCommand({ repositoryName: 'commits', commitId: 'd'.repeat(40) })),
      ),
    ).toBe('CommitIdDoesNotExistException');
  });

  it('gives the ids git computes', async () => {
    const [gitDir] = await bareRepositories(emulator.dataDir);
    const log = await run('git', ['--git-dir', gitDir ?? '', 'rev-parse', 'refs/heads/main']);
    expect(log.stdout.trim()).toBe(tip);
  });
});

describe('ListFileCommitHistory', () => {
  it('lists the commits that changed a file, newest first, with their children, in pages', async () => {
    const client = emulator.client();
    const versions = [tip];
    for (const text of ['one\n', 'two\n', 'three\n']) {
      const put = await client.send(
        new PutFileCommand({
          repositoryName: 'commits',
          branchName: 'main',
          parentCommitId: tip,
          filePath: 'README.md',
          fileContent: Buffer.from(text),
        }),
      );
      tip = put.commitId ?? '';
      versions.unshift(tip);
      const other = await client.send(
        new PutFileCommand({
          repositoryName: 'commits',
          branchName: 'main',
          parentCommitId: tip,
          filePath: `other-${text.trim()}.txt`,
          fileContent: Buffer.from(text),
        }),
      );
      tip = other.commitId ?? '';
    }
    const firstPage = await client.send(
      new ListFileCommitHistoryCommand({
        repositoryName: 'commits',
        filePath: 'README.md',
        maxResults: 2,
      }),
    );
    expect(firstPage.revisionDag?.map((version) => version.commit?.commitId)).toEqual(
      versions.slice(0, 2),
    );
    expect(firstPage.revisionDag?.[0]).toMatchObject({
      blobId: hashObject('three\n'),
      path: 'README.md',
      revisionChildren: [],
    });
    expect(firstPage.revisionDag?.[1]?.revisionChildren).toEqual([versions[0]]);
    const rest = await client.send(
      new ListFileCommitHistoryCommand({
        repositoryName: 'commits',
        filePath: 'README.md',
        maxResults: 2,
        nextToken: firstPage.nextToken,
      }),
    );
    expect(rest.revisionDag?.map((version) => version.commit?.commitId)).toEqual(
      versions.slice(2, 4),
    );
    const old = await client.send(
      new GetFileCommand({
        repositoryName: 'commits',
        filePath: 'README.md',
        commitSpecifier: versions[3],
      }),
    );
    expect(rest.revisionDag?.[1]?.blobId).toBe(old.blobId);
  });

  it('answers ValidationException, which it may, for a path that cannot name a file: the model declares no path error for it', async () => {
    const history = (filePath: string) =>
      emulator
        .client()
        .send(new ListFileCommitHistoryCommand({ repositoryName: 'commits', filePath }));
    await expect(history('src/../README.md')).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("at 'filePath' failed to satisfy constraint"),
    });
    await expect(history('')).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '' at 'filePath' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });
});

describe('the repository afterwards', () => {
  it('passes git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
