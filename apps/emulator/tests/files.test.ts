import {
  CreateBranchCommand,
  DeleteFileCommand,
  GetBlobCommand,
  GetBranchCommand,
  GetFileCommand,
  GetFolderCommand,
  GetRepositoryCommand,
  ListBranchesCommand,
  PutFileCommand,
  CreateRepositoryCommand,
  type PutFileCommandInput,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { errorName, fsckFailures, hashObject, repositoryWithFile } from './git-support.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('PutFile on an empty repository', () => {
  it('creates the branch, makes it the default and stores the blob as git does', async () => {
    const client = emulator.client();
    await client.send(new CreateRepositoryCommand({ repositoryName: 'first-put' }));
    const put = await client.send(
      new PutFileCommand({
        repositoryName: 'first-put',
        branchName: 'main',
        filePath: 'docs/guide.md',
        fileContent: Buffer.from('# Guide\n'),
        commitMessage: 'Add the guide',
        name: 'Mary Major',
        email: 'mary@example.com',
      }),
    );
    expect(put.blobId).toBe(hashObject('# Guide\n'));
    const branch = await client.send(
      new GetBranchCommand({ repositoryName: 'first-put', branchName: 'main' }),
    );
    expect(branch.branch).toEqual({ branchName: 'main', commitId: put.commitId });
    const repository = await client.send(new GetRepositoryCommand({ repositoryName: 'first-put' }));
    expect(repository.repositoryMetadata?.defaultBranch).toBe('main');
    expect(
      (await client.send(new ListBranchesCommand({ repositoryName: 'first-put' }))).branches,
    ).toEqual(['main']);
  });
});

describe('GetFolder, GetFile and GetBlob', () => {
  let tip: string;
  beforeAll(async () => {
    const client = emulator.client();
    tip = await repositoryWithFile(client, 'browse', 'README.md', '# Browse\n');
    const executable = await client.send(
      new PutFileCommand({
        repositoryName: 'browse',
        branchName: 'main',
        parentCommitId: tip,
        filePath: '/bin/run.sh',
        fileContent: Buffer.from('#!/bin/sh\necho run\n'),
        fileMode: 'EXECUTABLE',
      }),
    );
    const link = await client.send(
      new PutFileCommand({
        repositoryName: 'browse',
        branchName: 'main',
        parentCommitId: executable.commitId,
        filePath: 'bin/latest',
        fileContent: Buffer.from('run.sh'),
        fileMode: 'SYMLINK',
      }),
    );
    tip = link.commitId ?? '';
  });

  it('lists the root and a folder with CodeCommit paths and modes', async () => {
    const reader = emulator.client('reader');
    const root = await reader.send(
      new GetFolderCommand({ repositoryName: 'browse', folderPath: '/' }),
    );
    expect(root.commitId).toBe(tip);
    expect(root.files).toEqual([
      expect.objectContaining({
        absolutePath: 'README.md',
        relativePath: 'README.md',
        fileMode: 'NORMAL',
      }),
    ]);
    expect(root.subFolders).toEqual([
      expect.objectContaining({ absolutePath: 'bin', relativePath: 'bin' }),
    ]);
    const bin = await reader.send(
      new GetFolderCommand({
        repositoryName: 'browse',
        folderPath: 'bin',
        commitSpecifier: 'main',
      }),
    );
    expect(bin.treeId).toBe(root.subFolders?.[0]?.treeId);
    expect(bin.files).toEqual([
      {
        absolutePath: 'bin/run.sh',
        relativePath: 'run.sh',
        blobId: hashObject('#!/bin/sh\necho run\n'),
        fileMode: 'EXECUTABLE',
      },
    ]);
    expect(bin.symbolicLinks).toEqual([
      {
        absolutePath: 'bin/latest',
        relativePath: 'latest',
        blobId: hashObject('run.sh'),
        fileMode: 'SYMLINK',
      },
    ]);
  });

  it('returns a file by branch, by commit id and by default, and its blob', async () => {
    const reader = emulator.client('reader');
    for (const commitSpecifier of [undefined, 'main', 'HEAD', tip]) {
      const file = await reader.send(
        new GetFileCommand({ repositoryName: 'browse', filePath: 'bin/run.sh', commitSpecifier }),
      );
      expect(file).toMatchObject({
        commitId: tip,
        filePath: 'bin/run.sh',
        fileMode: 'EXECUTABLE',
        fileSize: 19,
      });
      expect(Buffer.from(file.fileContent ?? []).toString()).toBe('#!/bin/sh\necho run\n');
    }
    const blob = await reader.send(
      new GetBlobCommand({ repositoryName: 'browse', blobId: hashObject('# Browse\n') }),
    );
    expect(Buffer.from(blob.content ?? []).toString()).toBe('# Browse\n');
  });

  it('answers missing files, folders, commits and blobs with their exceptions', async () => {
    const reader = emulator.client('reader');
    expect(
      await errorName(
        reader.send(new GetFileCommand({ repositoryName: 'browse', filePath: 'nope.txt' })),
      ),
    ).toBe('FileDoesNotExistException');
    expect(
      await errorName(
        reader.send(new GetFileCommand({ repositoryName: 'browse', filePath: 'bin' })),
      ),
    ).toBe('FileDoesNotExistException');
    expect(
      await errorName(
        reader.send(new GetFolderCommand({ repositoryName: 'browse', folderPath: 'README.md' })),
      ),
    ).toBe('FolderDoesNotExistException');
    expect(
      await errorName(
        reader.send(
          new GetFileCommand({
            repositoryName: 'browse',
            filePath: 'README.md',
            commitSpecifier: 'nope',
          }),
        ),
      ),
    ).toBe('CommitDoesNotExistException');
    expect(
      await errorName(
        reader.send(
          new GetFileCommand({
            repositoryName: 'browse',
            filePath: 'README.md',
            commitSpecifier: 'main~1',
          }),
        ),
      ),
    ).toBe('InvalidCommitException');
    expect(
      await errorName(reader.send(new GetBlobCommand({ repositoryName: 'browse', blobId: 'abc' }))),
    ).toBe('InvalidBlobIdException');
    expect(
      await errorName(
        reader.send(new GetBlobCommand({ repositoryName: 'browse', blobId: '0'.repeat(40) })),
      ),
    ).toBe('BlobIdDoesNotExistException');
  });
});

describe('PutFile on a branch with commits', () => {
  let tip: string;
  const put = (input: Partial<PutFileCommandInput>) =>
    emulator.client().send(
      new PutFileCommand({
        repositoryName: 'edits',
        branchName: 'main',
        filePath: 'notes.txt',
        fileContent: Buffer.from('notes\n'),
        parentCommitId: tip,
        ...input,
      }),
    );
  beforeAll(async () => {
    tip = await repositoryWithFile(emulator.client(), 'edits', 'README.md', 'start\n');
  });

  it('checks the parent commit as CodeCommit does', async () => {
    expect(await errorName(put({ parentCommitId: undefined }))).toBe(
      'ParentCommitIdRequiredException',
    );
    expect(await errorName(put({ parentCommitId: 'not-a-commit' }))).toBe(
      'InvalidParentCommitIdException',
    );
    expect(await errorName(put({ parentCommitId: 'f'.repeat(40) }))).toBe(
      'ParentCommitDoesNotExistException',
    );
    expect(await errorName(put({ branchName: 'other' }))).toBe('BranchDoesNotExistException');
    expect(
      await errorName(put({ filePath: 'README.md', fileContent: Buffer.from('start\n') })),
    ).toBe('SameFileContentException');
    const first = await put({});
    expect(await errorName(put({ filePath: 'more.txt' }))).toBe('ParentCommitIdOutdatedException');
    tip = first.commitId ?? '';
  });

  it('refuses paths that leave the repository or name its git folder', async () => {
    for (const filePath of [
      '../escape.txt',
      'a/../../escape.txt',
      '.git/config',
      'src/.git/hooks/x',
      'a//b.txt',
      'folder/',
    ]) {
      expect(await errorName(put({ filePath })), filePath).toBe('InvalidPathException');
    }
  });

  it('refuses a file where a folder is and a folder where a file is', async () => {
    await put({ filePath: 'src/index.ts', fileContent: Buffer.from('export {};\n') }).then(
      (output) => {
        tip = output.commitId ?? '';
      },
    );
    expect(await errorName(put({ filePath: 'src' }))).toBe(
      'FileNameConflictsWithDirectoryNameException',
    );
    expect(await errorName(put({ filePath: 'README.md/inner.txt' }))).toBe(
      'DirectoryNameConflictsWithFileNameException',
    );
  });

  it('accepts 6 MB and refuses one byte more', async () => {
    const limit = 6 * 1024 * 1024;
    expect(
      await errorName(put({ filePath: 'big.bin', fileContent: Buffer.alloc(limit + 1, 97) })),
    ).toBe('FileContentSizeLimitExceededException');
    const big = await put({ filePath: 'big.bin', fileContent: Buffer.alloc(limit, 97) });
    tip = big.commitId ?? '';
    const file = await emulator
      .client()
      .send(new GetFileCommand({ repositoryName: 'edits', filePath: 'big.bin' }));
    expect(file.fileSize).toBe(limit);
    expect(file.blobId).toBe(hashObject(Buffer.alloc(limit, 97)));
  });

  it('lets exactly one of several racing writers from the same parent commit', async () => {
    const writers = Array.from({ length: 8 }, (_, index) => put({ filePath: `race-${index}.txt` }));
    const results = await Promise.allSettled(writers);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    expect(won).toHaveLength(1);
    expect(lost.map((result) => (result.reason as Error).name)).toEqual(
      Array(7).fill('ParentCommitIdOutdatedException'),
    );
    const branch = await emulator
      .client()
      .send(new GetBranchCommand({ repositoryName: 'edits', branchName: 'main' }));
    expect(branch.branch?.commitId).toBe(
      won[0]?.status === 'fulfilled' ? won[0].value.commitId : 'none',
    );
    tip = branch.branch?.commitId ?? '';
  });
});

describe('DeleteFile', () => {
  it('deletes a file, drops its emptied folders unless asked to keep them, and refuses missing files', async () => {
    const client = emulator.client();
    let tip = await repositoryWithFile(client, 'deletes', 'a/b/c.txt', 'c\n');
    tip =
      (
        await client.send(
          new PutFileCommand({
            repositoryName: 'deletes',
            branchName: 'main',
            parentCommitId: tip,
            filePath: 'keep/k.txt',
            fileContent: Buffer.from('k\n'),
          }),
        )
      ).commitId ?? '';
    const deleted = await client.send(
      new DeleteFileCommand({
        repositoryName: 'deletes',
        branchName: 'main',
        parentCommitId: tip,
        filePath: 'a/b/c.txt',
        commitMessage: 'Remove c',
      }),
    );
    expect(deleted).toMatchObject({ blobId: hashObject('c\n'), filePath: 'a/b/c.txt' });
    const root = await client.send(
      new GetFolderCommand({ repositoryName: 'deletes', folderPath: '/' }),
    );
    expect(root.subFolders?.map((folder) => folder.relativePath)).toEqual(['keep']);
    const kept = await client.send(
      new DeleteFileCommand({
        repositoryName: 'deletes',
        branchName: 'main',
        parentCommitId: deleted.commitId,
        filePath: 'keep/k.txt',
        keepEmptyFolders: true,
      }),
    );
    const keep = await client.send(
      new GetFolderCommand({ repositoryName: 'deletes', folderPath: 'keep' }),
    );
    expect(keep.files).toMatchObject([{ relativePath: '.gitkeep', blobId: hashObject('') }]);
    expect(
      await errorName(
        client.send(
          new DeleteFileCommand({
            repositoryName: 'deletes',
            branchName: 'main',
            parentCommitId: kept.commitId,
            filePath: 'keep/k.txt',
          }),
        ),
      ),
    ).toBe('FileDoesNotExistException');
  });
});

describe('keepEmptyFolders on DeleteFile', () => {
  it('drops every emptied folder, or keeps the deepest with a .gitkeep, as AWS documents', async () => {
    const client = emulator.client();
    const repositoryName = 'nested';
    const tip = await repositoryWithFile(
      client,
      repositoryName,
      'dir1/dir2/dir3/dir4/last.txt',
      'x\n',
    );
    await client.send(
      new CreateBranchCommand({ repositoryName, branchName: 'kept', commitId: tip }),
    );
    const deleteLast = async (branchName: string, keepEmptyFolders?: boolean) =>
      (
        await client.send(
          new DeleteFileCommand({
            repositoryName,
            branchName,
            parentCommitId: tip,
            filePath: 'dir1/dir2/dir3/dir4/last.txt',
            keepEmptyFolders,
          }),
        )
      ).commitId;
    const folder = (commitSpecifier: string | undefined, folderPath: string) =>
      client.send(new GetFolderCommand({ repositoryName, commitSpecifier, folderPath }));

    const kept = await deleteLast('kept', true);
    expect((await folder(kept, 'dir1/dir2/dir3/dir4')).files).toMatchObject([
      { absolutePath: 'dir1/dir2/dir3/dir4/.gitkeep', blobId: hashObject('') },
    ]);
    const dir3 = await folder(kept, 'dir1/dir2/dir3');
    expect(dir3.files).toEqual([]);
    expect(dir3.subFolders?.map((subFolder) => subFolder.relativePath)).toEqual(['dir4']);

    const dropped = await deleteLast('main');
    const root = await folder(dropped, '/');
    expect([...(root.files ?? []), ...(root.subFolders ?? [])]).toEqual([]);
  });
});

describe('the repositories afterwards', () => {
  it('pass git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
