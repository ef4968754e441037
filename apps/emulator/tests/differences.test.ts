import {
  CreateCommitCommand,
  CreateRepositoryCommand,
  GetBlobDifferencesCommand,
  GetDifferencesCommand,
  type Difference,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { errorName, hashObject } from './git-support.ts';

let emulator: TestEmulator;
let first: string;
let second: string;
const lines = (count: number, change?: (line: number) => string) =>
  Array.from(
    { length: count },
    (_, index) => (change?.(index + 1) ?? `line ${index + 1}`) + '\n',
  ).join('');

beforeAll(async () => {
  emulator = await startTestEmulator();
  const client = emulator.client();
  await client.send(new CreateRepositoryCommand({ repositoryName: 'diffs' }));
  const initial = await client.send(
    new CreateCommitCommand({
      repositoryName: 'diffs',
      branchName: 'main',
      putFiles: [
        ...Array.from({ length: 12 }, (_, index) => ({
          filePath: `many/file-${String(index).padStart(2, '0')}.txt`,
          fileContent: Buffer.from(`${index}\n`),
        })),
        { filePath: 'doc/long.txt', fileContent: Buffer.from(lines(40)) },
        { filePath: 'doc/gone.txt', fileContent: Buffer.from('bye\n') },
        { filePath: 'image.bin', fileContent: Buffer.from([0, 1, 2, 3]) },
      ],
    }),
  );
  first = initial.commitId ?? '';
  const next = await client.send(
    new CreateCommitCommand({
      repositoryName: 'diffs',
      branchName: 'main',
      parentCommitId: first,
      putFiles: [
        {
          filePath: 'doc/long.txt',
          fileContent: Buffer.from(
            lines(40, (line) =>
              line === 5 ? 'changed five' : line === 30 ? '  line 30' : `line ${line}`,
            ),
          ),
        },
        { filePath: 'doc/new.txt', fileContent: Buffer.from('hello\n') },
        { filePath: 'image.bin', fileContent: Buffer.from([0, 9, 9]) },
      ],
      deleteFiles: [{ filePath: 'doc/gone.txt' }],
    }),
  );
  second = next.commitId ?? '';
});
afterAll(() => emulator.close());

describe('GetDifferences', () => {
  it('reports added, modified and deleted files between two commits', async () => {
    const result = await emulator.client('reader').send(
      new GetDifferencesCommand({
        repositoryName: 'diffs',
        beforeCommitSpecifier: first,
        afterCommitSpecifier: 'main',
      }),
    );
    const byPath = new Map(
      result.differences?.map((difference) => [
        difference.afterBlob?.path ?? difference.beforeBlob?.path,
        difference,
      ]),
    );
    expect(byPath.get('doc/new.txt')).toEqual({
      changeType: 'A',
      afterBlob: { path: 'doc/new.txt', blobId: hashObject('hello\n'), mode: '100644' },
    });
    expect(byPath.get('doc/gone.txt')).toEqual({
      changeType: 'D',
      beforeBlob: { path: 'doc/gone.txt', blobId: hashObject('bye\n'), mode: '100644' },
    });
    expect(byPath.get('doc/long.txt')).toMatchObject({
      changeType: 'M',
      beforeBlob: { blobId: hashObject(lines(40)) },
    });
    expect(byPath.get('image.bin')?.changeType).toBe('M');
    expect(result.differences).toHaveLength(4);
    expect(result.NextToken).toBeUndefined();
  });

  it('limits to a path, and treats a missing before commit as an empty tree', async () => {
    const client = emulator.client('reader');
    const doc = await client.send(
      new GetDifferencesCommand({
        repositoryName: 'diffs',
        beforeCommitSpecifier: first,
        afterCommitSpecifier: second,
        beforePath: 'doc',
        afterPath: 'doc',
      }),
    );
    expect(doc.differences?.map((difference) => difference.changeType).sort()).toEqual([
      'A',
      'D',
      'M',
    ]);
    const everything = await client.send(
      new GetDifferencesCommand({
        repositoryName: 'diffs',
        afterCommitSpecifier: first,
        MaxResults: 1000,
      }),
    );
    expect(everything.differences?.every((difference) => difference.changeType === 'A')).toBe(true);
    expect(everything.differences).toHaveLength(15);
  });

  it('pages with MaxResults and NextToken', async () => {
    const client = emulator.client('reader');
    const seen: Difference[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(
        new GetDifferencesCommand({
          repositoryName: 'diffs',
          afterCommitSpecifier: first,
          afterPath: 'many',
          MaxResults: 5,
          NextToken,
        }),
      );
      seen.push(...(page.differences ?? []));
      NextToken = page.NextToken;
      pages += 1;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(seen.map((difference) => difference.afterBlob?.path)).toEqual(
      Array.from({ length: 12 }, (_, index) => `many/file-${String(index).padStart(2, '0')}.txt`),
    );
  });

  it('answers bad requests with the declared exceptions', async () => {
    const client = emulator.client('reader');
    const differences = (input: Partial<ConstructorParameters<typeof GetDifferencesCommand>[0]>) =>
      errorName(
        client.send(
          new GetDifferencesCommand({
            repositoryName: 'diffs',
            afterCommitSpecifier: 'main',
            ...input,
          }),
        ),
      );
    expect(await differences({ afterCommitSpecifier: undefined })).toBe('CommitRequiredException');
    expect(await differences({ afterCommitSpecifier: 'nope' })).toBe('CommitDoesNotExistException');
    expect(await differences({ beforeCommitSpecifier: 'a:b' })).toBe('InvalidCommitException');
    expect(await differences({ afterPath: 'no/such/folder' })).toBe('PathDoesNotExistException');
    expect(await differences({ afterPath: '../up' })).toBe('InvalidPathException');
    expect(await differences({ MaxResults: 0 })).toBe('InvalidMaxResultsException');
    expect(await differences({ NextToken: 'bogus' })).toBe('InvalidContinuationTokenException');
  });
});

describe('GetBlobDifferences', () => {
  const before = hashObject(lines(40));
  const after = hashObject(
    lines(40, (line) => (line === 5 ? 'changed five' : line === 30 ? '  line 30' : `line ${line}`)),
  );

  it('returns hunks with context lines and line numbers', async () => {
    const result = await emulator.client('reader').send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: before,
        afterBlobId: after,
      }),
    );
    expect(result.isBinary).toBe(false);
    expect(result.beforeBlobSize).toBe(Buffer.byteLength(lines(40)));
    expect(result.hunks).toHaveLength(2);
    const [hunk] = result.hunks ?? [];
    expect(hunk).toMatchObject({
      beforeStartLine: 2,
      beforeLineCount: 7,
      afterStartLine: 2,
      afterLineCount: 7,
    });
    expect(hunk?.changes?.slice(2, 5)).toEqual([
      { type: 'CONTEXT', beforeLineNumber: 4, afterLineNumber: 4, content: 'line 4' },
      { type: 'DELETE', beforeLineNumber: 5, content: 'line 5' },
      { type: 'ADD', afterLineNumber: 5, content: 'changed five' },
    ]);
  });

  it('honours contextLines, ignoreWhitespace and pagination', async () => {
    const client = emulator.client('reader');
    const tight = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: before,
        afterBlobId: after,
        contextLines: 0,
      }),
    );
    expect(tight.hunks?.[0]).toMatchObject({
      beforeStartLine: 5,
      beforeLineCount: 1,
      afterStartLine: 5,
      afterLineCount: 1,
    });
    const noSpace = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: before,
        afterBlobId: after,
        ignoreWhitespace: true,
      }),
    );
    expect(noSpace.hunks).toHaveLength(1);
    const firstPage = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: before,
        afterBlobId: after,
        MaxResults: 1,
      }),
    );
    expect(firstPage.hunks).toHaveLength(1);
    const secondPage = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: before,
        afterBlobId: after,
        MaxResults: 1,
        NextToken: firstPage.NextToken,
      }),
    );
    expect(secondPage.hunks?.[0]?.beforeStartLine).toBe(27);
    expect(secondPage.NextToken).toBeUndefined();
    expect(
      await errorName(
        client.send(
          new GetBlobDifferencesCommand({
            repositoryName: 'diffs',
            afterBlobId: after,
            contextLines: 21,
          }),
        ),
      ),
    ).toBe('ValidationException');
  });

  it('treats a missing before blob as empty and does not diff binary content', async () => {
    const client = emulator.client('reader');
    const added = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        afterBlobId: hashObject('hello\n'),
      }),
    );
    expect(added.hunks).toEqual([
      {
        beforeStartLine: 0,
        beforeLineCount: 0,
        afterStartLine: 1,
        afterLineCount: 1,
        changes: [{ type: 'ADD', afterLineNumber: 1, content: 'hello' }],
      },
    ]);
    expect(added.beforeBlobSize).toBe(0);
    const binary = await client.send(
      new GetBlobDifferencesCommand({
        repositoryName: 'diffs',
        beforeBlobId: hashObject(Buffer.from([0, 1, 2, 3])),
        afterBlobId: hashObject(Buffer.from([0, 9, 9])),
      }),
    );
    expect(binary).toMatchObject({
      isBinary: true,
      hunks: [],
      beforeBlobSize: 4,
      afterBlobSize: 3,
    });
    expect(
      await errorName(
        client.send(
          new GetBlobDifferencesCommand({ repositoryName: 'diffs', afterBlobId: 'e'.repeat(40) }),
        ),
      ),
    ).toBe('BlobIdDoesNotExistException');
    expect(
      await errorName(
        client.send(new GetBlobDifferencesCommand({ repositoryName: 'diffs', afterBlobId: 'xyz' })),
      ),
    ).toBe('InvalidBlobIdException');
  });
});
