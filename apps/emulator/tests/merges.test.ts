import { describe, expect, test } from 'vitest';
import {
  BatchDescribeMergeConflictsCommand,
  CreateBranchCommand,
  CreateCommitCommand,
  CreateUnreferencedMergeCommitCommand,
  DeleteFileCommand,
  DescribeMergeConflictsCommand,
  GetCommitCommand,
  GetFileCommand,
  GetFolderCommand,
  GetMergeCommitCommand,
  GetMergeConflictsCommand,
  GetMergeOptionsCommand,
  MergeBranchesByFastForwardCommand,
  MergeBranchesBySquashCommand,
  MergeBranchesByThreeWayCommand,
  type ReplaceContentEntry,
  type ReplacementTypeEnum,
} from '@aws-sdk/client-codecommit';
import {
  numbered,
  putFile,
  seedRepository,
  reviewEmulatorForFile,
  tipOf,
} from './review-workflow-fixture.ts';

const repositoryName = 'merging';

/** A file of ten numbered lines on main, and a branch cut from there that changes some of them. */
const branchWith = async (
  branchName: string,
  filePath: string,
  replaced: Record<number, string>,
): Promise<string> => {
  const base = await putFile(review.developer, repositoryName, 'main', filePath, numbered(10));
  await review.admin.send(new CreateBranchCommand({ repositoryName, branchName, commitId: base }));
  return putFile(review.developer, repositoryName, branchName, filePath, numbered(10, replaced));
};

const fileOn = async (commitSpecifier: string, filePath: string): Promise<string> =>
  Buffer.from(
    (await review.admin.send(new GetFileCommand({ repositoryName, commitSpecifier, filePath })))
      .fileContent ?? new Uint8Array(),
  ).toString();

const specifiers = (sourceCommitSpecifier: string, destinationCommitSpecifier = 'main') => ({
  repositoryName,
  sourceCommitSpecifier,
  destinationCommitSpecifier,
});

const review = reviewEmulatorForFile(
  async ({ admin }) => {
    await seedRepository(admin, repositoryName, []);
  },
  { fsckRepository: repositoryName },
);

describe('fast-forward', () => {
  test('offers every option when the destination is behind, and moves the branch', async () => {
    const source = await branchWith('ahead', 'ahead.txt', { 1: 'line one' });
    const options = await review.admin.send(new GetMergeOptionsCommand(specifiers('ahead')));
    expect(options).toMatchObject({
      mergeOptions: ['FAST_FORWARD_MERGE', 'SQUASH_MERGE', 'THREE_WAY_MERGE'],
      sourceCommitId: source,
      baseCommitId: options.destinationCommitId,
    });
    const merged = await review.developer.send(
      new MergeBranchesByFastForwardCommand(specifiers('ahead')),
    );
    expect(merged.commitId).toBe(source);
    expect(await tipOf(review.admin, repositoryName, 'main')).toBe(source);
    await putFile(review.developer, repositoryName, 'main', 'elsewhere.txt', 'x\n');
    await putFile(review.developer, repositoryName, 'ahead', 'more.txt', 'y\n');
    await expect(
      review.developer.send(new MergeBranchesByFastForwardCommand(specifiers('ahead'))),
    ).rejects.toMatchObject({ name: 'ManualMergeRequiredException' });
  });
});

describe('three-way merges and conflicts', () => {
  test('changes to different lines conflict at FILE_LEVEL (the default) but merge at LINE_LEVEL', async () => {
    await branchWith('apart', 'apart.txt', { 2: 'line two' });
    await putFile(
      review.developer,
      repositoryName,
      'main',
      'apart.txt',
      numbered(10, { 5: 'line five', 9: 'line nine' }),
    );
    const fileLevel = await review.admin.send(
      new GetMergeConflictsCommand({ ...specifiers('apart'), mergeOption: 'THREE_WAY_MERGE' }),
    );
    expect(fileLevel.mergeable).toBe(false);
    expect(fileLevel.conflictMetadataList).toMatchObject([
      {
        filePath: 'apart.txt',
        contentConflict: true,
        fileModeConflict: false,
        objectTypeConflict: false,
        mergeOperations: { source: 'M', destination: 'M' },
        numberOfConflicts: 1,
      },
    ]);
    expect(
      (await review.admin.send(new GetMergeOptionsCommand(specifiers('apart')))).mergeOptions,
    ).toEqual([]);
    const automerge = await review.admin.send(
      new GetMergeConflictsCommand({
        ...specifiers('apart'),
        mergeOption: 'THREE_WAY_MERGE',
        conflictResolutionStrategy: 'AUTOMERGE',
      }),
    );
    expect(automerge).toMatchObject({ mergeable: true, conflictMetadataList: [] });
    const lineLevel = await review.admin.send(
      new GetMergeConflictsCommand({
        ...specifiers('apart'),
        mergeOption: 'THREE_WAY_MERGE',
        conflictDetailLevel: 'LINE_LEVEL',
      }),
    );
    expect(lineLevel).toMatchObject({ mergeable: true, conflictMetadataList: [] });
    await expect(
      review.developer.send(new MergeBranchesByThreeWayCommand(specifiers('apart'))),
    ).rejects.toMatchObject({ name: 'ManualMergeRequiredException' });
    const destination = await tipOf(review.admin, repositoryName, 'main');
    const source = await tipOf(review.admin, repositoryName, 'apart');
    const merged = await review.developer.send(
      new MergeBranchesByThreeWayCommand({
        ...specifiers('apart'),
        conflictDetailLevel: 'LINE_LEVEL',
        commitMessage: 'Merge apart',
        authorName: 'Mia Merger',
        email: 'mia@example.com',
      }),
    );
    const { commit } = await review.admin.send(
      new GetCommitCommand({ repositoryName, commitId: merged.commitId }),
    );
    expect(commit).toMatchObject({
      parents: [destination, source],
      message: 'Merge apart',
      author: { name: 'Mia Merger', email: 'mia@example.com' },
      treeId: merged.treeId,
    });
    expect(await fileOn('main', 'apart.txt')).toBe(
      numbered(10, { 2: 'line two', 5: 'line five', 9: 'line nine' }),
    );
    const mergeCommit = await review.admin.send(new GetMergeCommitCommand(specifiers('apart')));
    expect(mergeCommit).toMatchObject({
      sourceCommitId: source,
      destinationCommitId: merged.commitId,
      baseCommitId: source,
      mergedCommitId: merged.commitId,
    });
  });

  test('a line-level conflict is described hunk by hunk and resolved by strategy or by hand', async () => {
    await branchWith('clash', 'clash.txt', { 1: 'line one (source)', 5: 'line five (source)' });
    await putFile(
      review.developer,
      repositoryName,
      'main',
      'clash.txt',
      numbered(10, { 2: 'line two', 5: 'line five (destination)', 9: 'line nine' }),
    );
    const conflicts = await review.admin.send(
      new GetMergeConflictsCommand({
        ...specifiers('clash'),
        mergeOption: 'SQUASH_MERGE',
        conflictDetailLevel: 'LINE_LEVEL',
      }),
    );
    expect(conflicts.mergeable).toBe(false);
    expect(conflicts.conflictMetadataList?.[0]).toMatchObject({
      filePath: 'clash.txt',
      numberOfConflicts: 2,
      isBinaryFile: { source: false, destination: false, base: false },
    });
    const described = await review.admin.send(
      new DescribeMergeConflictsCommand({
        ...specifiers('clash'),
        mergeOption: 'SQUASH_MERGE',
        conflictDetailLevel: 'LINE_LEVEL',
        filePath: 'clash.txt',
      }),
    );
    expect(described.mergeHunks).toEqual([
      {
        isConflict: true,
        base: { startLine: 1, endLine: 2, hunkContent: 'line 1\nline 2\n' },
        source: { startLine: 1, endLine: 2, hunkContent: 'line one (source)\nline 2\n' },
        destination: { startLine: 1, endLine: 2, hunkContent: 'line 1\nline two\n' },
      },
      {
        isConflict: true,
        base: { startLine: 5, endLine: 5, hunkContent: 'line 5\n' },
        source: { startLine: 5, endLine: 5, hunkContent: 'line five (source)\n' },
        destination: { startLine: 5, endLine: 5, hunkContent: 'line five (destination)\n' },
      },
      {
        isConflict: false,
        base: { startLine: 9, endLine: 9, hunkContent: 'line 9\n' },
        source: { startLine: 9, endLine: 9, hunkContent: 'line 9\n' },
        destination: { startLine: 9, endLine: 9, hunkContent: 'line nine\n' },
      },
    ]);
    const firstHunk = await review.admin.send(
      new DescribeMergeConflictsCommand({
        ...specifiers('clash'),
        mergeOption: 'SQUASH_MERGE',
        conflictDetailLevel: 'LINE_LEVEL',
        filePath: 'clash.txt',
        maxMergeHunks: 1,
      }),
    );
    expect(firstHunk.mergeHunks?.length).toBe(1);
    expect(firstHunk.nextToken).toBeDefined();
    await expect(
      review.developer.send(
        new MergeBranchesBySquashCommand({
          ...specifiers('clash'),
          conflictDetailLevel: 'LINE_LEVEL',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ManualMergeRequiredException',
    });

    const acceptSource = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...specifiers('clash'),
        mergeOption: 'SQUASH_MERGE',
        conflictDetailLevel: 'LINE_LEVEL',
        conflictResolutionStrategy: 'ACCEPT_SOURCE',
      }),
    );
    expect(await fileOn(acceptSource.commitId ?? '', 'clash.txt')).toBe(
      numbered(10, { 1: 'line one (source)', 5: 'line five (source)', 9: 'line nine' }),
    );
    const acceptDestination = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...specifiers('clash'),
        mergeOption: 'THREE_WAY_MERGE',
        conflictResolutionStrategy: 'ACCEPT_DESTINATION',
      }),
    );
    expect(await fileOn(acceptDestination.commitId ?? '', 'clash.txt')).toBe(
      await fileOn('main', 'clash.txt'),
    );

    const resolved = numbered(10, {
      1: 'line one (source)',
      2: 'line two',
      5: 'line five (both)',
      9: 'line nine',
    });
    const destination = await tipOf(review.admin, repositoryName, 'main');
    const squashed = await review.developer.send(
      new MergeBranchesBySquashCommand({
        ...specifiers('clash'),
        conflictDetailLevel: 'LINE_LEVEL',
        conflictResolution: {
          replaceContents: [
            {
              filePath: 'clash.txt',
              replacementType: 'USE_NEW_CONTENT',
              content: Buffer.from(resolved),
              fileMode: 'EXECUTABLE',
            },
          ],
        },
      }),
    );
    expect(
      (
        await review.admin.send(
          new GetCommitCommand({ repositoryName, commitId: squashed.commitId }),
        )
      ).commit?.parents,
    ).toEqual([destination]);
    const file = await review.admin.send(
      new GetFileCommand({ repositoryName, commitSpecifier: 'main', filePath: 'clash.txt' }),
    );
    expect(Buffer.from(file.fileContent ?? new Uint8Array()).toString()).toBe(resolved);
    expect(file.fileMode).toBe('EXECUTABLE');
  });

  test('modify/delete conflicts, keep and delete resolutions, and bad resolutions', async () => {
    await putFile(review.developer, repositoryName, 'main', 'notes.md', '# Notes\n');
    await branchWith('remover', 'tail.txt', { 10: 'line ten' });
    await review.developer.send(
      new DeleteFileCommand({
        repositoryName,
        branchName: 'remover',
        filePath: 'notes.md',
        parentCommitId: await tipOf(review.admin, repositoryName, 'remover'),
      }),
    );
    await putFile(review.developer, repositoryName, 'main', 'notes.md', '# Notes, edited\n');
    await putFile(
      review.developer,
      repositoryName,
      'main',
      'tail.txt',
      numbered(10, { 1: 'line one', 10: 'line 10!' }),
    );
    const request = {
      ...specifiers('remover'),
      mergeOption: 'THREE_WAY_MERGE' as const,
      conflictDetailLevel: 'LINE_LEVEL' as const,
    };
    const { conflictMetadataList } = await review.admin.send(new GetMergeConflictsCommand(request));
    expect(
      conflictMetadataList?.map((conflict) => [conflict.filePath, conflict.mergeOperations]),
    ).toEqual([
      ['notes.md', { source: 'D', destination: 'M' }],
      ['tail.txt', { source: 'M', destination: 'M' }],
    ]);
    const batch = await review.admin.send(
      new BatchDescribeMergeConflictsCommand({
        ...request,
        filePaths: ['notes.md', 'nothing.txt'],
        maxMergeHunks: 1,
      }),
    );
    expect(batch.conflicts?.map((conflict) => conflict.conflictMetadata?.filePath)).toEqual([
      'notes.md',
    ]);
    expect(batch.errors).toMatchObject([
      { filePath: 'nothing.txt', exceptionName: 'FileDoesNotExistException' },
    ]);
    const keep = (replacementType: 'KEEP_BASE' | 'KEEP_SOURCE' | 'KEEP_DESTINATION') => ({
      filePath: 'tail.txt',
      replacementType,
    });
    await expect(
      review.developer.send(
        new CreateUnreferencedMergeCommitCommand({
          ...request,
          conflictResolution: {
            replaceContents: [keep('KEEP_SOURCE')],
            deleteFiles: [{ filePath: 'tail.txt' }],
          },
        }),
      ),
    ).rejects.toMatchObject({ name: 'MultipleConflictResolutionEntriesException' });
    await expect(
      review.developer.send(
        new CreateUnreferencedMergeCommitCommand({
          ...request,
          conflictResolution: { deleteFiles: [{ filePath: 'elsewhere.txt' }] },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidConflictResolutionException',
    });
    await expect(
      review.developer.send(
        new CreateUnreferencedMergeCommitCommand({
          ...request,
          conflictResolution: {
            replaceContents: [{ filePath: 'tail.txt', replacementType: 'USE_NEW_CONTENT' }],
          },
        }),
      ),
    ).rejects.toMatchObject({ name: 'ReplacementContentRequiredException' });
    const merged = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolution: {
          replaceContents: [keep('KEEP_BASE')],
          deleteFiles: [{ filePath: 'notes.md' }],
        },
      }),
    );
    expect(await fileOn(merged.commitId ?? '', 'tail.txt')).toBe(numbered(10));
    await expect(fileOn(merged.commitId ?? '', 'notes.md')).rejects.toMatchObject({
      name: 'FileDoesNotExistException',
    });
    const kept = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolution: {
          replaceContents: [
            keep('KEEP_DESTINATION'),
            { filePath: 'notes.md', replacementType: 'KEEP_DESTINATION' },
          ],
          setFileModes: [],
        },
      }),
    );
    expect(await fileOn(kept.commitId ?? '', 'notes.md')).toBe('# Notes, edited\n');
    await expect(
      review.admin.send(
        new DescribeMergeConflictsCommand({
          ...request,
          mergeOption: 'FAST_FORWARD_MERGE',
          filePath: 'notes.md',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidMergeOptionException',
    });
    await expect(
      emulator()
        .client('reader')
        .send(new MergeBranchesBySquashCommand(specifiers('remover'))),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});

describe('renames', () => {
  test('conflicts are per path: a rename on one side and an edit on the other is delete against modify', async () => {
    const base = await putFile(review.developer, repositoryName, 'main', 'story.txt', numbered(10));
    await review.admin.send(
      new CreateBranchCommand({ repositoryName, branchName: 'mover', commitId: base }),
    );
    await review.developer.send(
      new CreateCommitCommand({
        repositoryName,
        branchName: 'mover',
        parentCommitId: base,
        putFiles: [{ filePath: 'tale.txt', sourceFile: { filePath: 'story.txt', isMove: true } }],
      }),
    );
    await putFile(
      review.developer,
      repositoryName,
      'main',
      'story.txt',
      numbered(10, { 3: 'line three' }),
    );
    const request = { ...specifiers('mover'), mergeOption: 'THREE_WAY_MERGE' as const };
    for (const conflictDetailLevel of ['FILE_LEVEL', 'LINE_LEVEL'] as const) {
      for (const conflictResolutionStrategy of ['NONE', 'AUTOMERGE'] as const) {
        const conflicts = await review.admin.send(
          new GetMergeConflictsCommand({
            ...request,
            conflictDetailLevel,
            conflictResolutionStrategy,
          }),
        );
        // git's own merge would follow the rename and carry the edit into tale.txt, cleanly.
        expect(conflicts.mergeable).toBe(false);
        expect(conflicts.conflictMetadataList).toMatchObject([
          { filePath: 'story.txt', mergeOperations: { source: 'D', destination: 'M' } },
        ]);
      }
    }
    const bySource = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolutionStrategy: 'ACCEPT_SOURCE',
      }),
    );
    expect(await fileOn(bySource.commitId ?? '', 'tale.txt')).toBe(numbered(10));
    await expect(fileOn(bySource.commitId ?? '', 'story.txt')).rejects.toMatchObject({
      name: 'FileDoesNotExistException',
    });
    const byDestination = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolutionStrategy: 'ACCEPT_DESTINATION',
      }),
    );
    expect(await fileOn(byDestination.commitId ?? '', 'story.txt')).toBe(
      numbered(10, { 3: 'line three' }),
    );
    expect(await fileOn(byDestination.commitId ?? '', 'tale.txt')).toBe(numbered(10));
  });
});

describe('files against folders', () => {
  test('a file on one side where the other has a folder is a conflict of object types', async () => {
    const base = await tipOf(review.admin, repositoryName, 'main');
    await review.admin.send(
      new CreateBranchCommand({ repositoryName, branchName: 'shape', commitId: base }),
    );
    await putFile(review.developer, repositoryName, 'shape', 'layout', 'a file\n');
    await putFile(review.developer, repositoryName, 'main', 'layout/plan.txt', 'a folder\n');
    const request = {
      ...specifiers('shape'),
      mergeOption: 'SQUASH_MERGE' as const,
      conflictDetailLevel: 'LINE_LEVEL' as const,
    };
    const conflicts = await review.admin.send(new GetMergeConflictsCommand(request));
    expect(conflicts.mergeable).toBe(false);
    expect(conflicts.conflictMetadataList).toMatchObject([
      {
        filePath: 'layout',
        objectTypes: { source: 'FILE', destination: 'DIRECTORY' },
        objectTypeConflict: true,
      },
    ]);
    const kept = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolutionStrategy: 'ACCEPT_DESTINATION',
      }),
    );
    expect(await fileOn(kept.commitId ?? '', 'layout/plan.txt')).toBe('a folder\n');
    const replaced = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...request,
        conflictResolutionStrategy: 'ACCEPT_SOURCE',
      }),
    );
    expect(await fileOn(replaced.commitId ?? '', 'layout')).toBe('a file\n');

    const reversed = { ...request, ...specifiers('main', 'shape') };
    expect(
      (await review.admin.send(new GetMergeConflictsCommand(reversed))).conflictMetadataList,
    ).toMatchObject([
      { filePath: 'layout', objectTypes: { source: 'DIRECTORY', destination: 'FILE' } },
    ]);
    const folder = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...reversed,
        conflictResolutionStrategy: 'ACCEPT_SOURCE',
      }),
    );
    expect(await fileOn(folder.commitId ?? '', 'layout/plan.txt')).toBe('a folder\n');
  });
});

describe('conflict resolution limits', () => {
  test('replacement contents within the sizes AWS documents, and well-formed entries', async () => {
    const paths = ['limits/a.txt', 'limits/b.txt', 'other/c.txt'];
    const on = async (branchName: string, text: string) => {
      for (const path of paths)
        await putFile(review.developer, repositoryName, branchName, path, text);
    };
    await on('main', 'base\n');
    await review.admin.send(
      new CreateBranchCommand({
        repositoryName,
        branchName: 'sized',
        commitId: await tipOf(review.admin, repositoryName, 'main'),
      }),
    );
    await on('sized', 'source\n');
    await on('main', 'destination\n');
    const request = {
      ...specifiers('sized'),
      mergeOption: 'THREE_WAY_MERGE' as const,
      conflictDetailLevel: 'LINE_LEVEL' as const,
    };
    const megabytes = (count: number) => Buffer.alloc(Math.round(count * 1024 * 1024), 'x');
    const resolve = (replaceContents: ReplaceContentEntry[]) =>
      review.developer.send(
        new CreateUnreferencedMergeCommitCommand({
          ...request,
          conflictResolution: { replaceContents },
        }),
      );
    const newContent = (filePath: string, content: Uint8Array): ReplaceContentEntry => ({
      filePath,
      replacementType: 'USE_NEW_CONTENT',
      content,
    });
    // 6 MB a file.
    await expect(
      resolve([newContent('limits/a.txt', Buffer.alloc(6 * 1024 * 1024 + 1, 'x'))]),
    ).rejects.toMatchObject({ name: 'FileContentSizeLimitExceededException' });
    // 6 MB for the files written to one folder.
    await expect(
      resolve([
        newContent('limits/a.txt', megabytes(3.5)),
        newContent('limits/b.txt', megabytes(3)),
      ]),
    ).rejects.toMatchObject({ name: 'FolderContentSizeLimitExceededException' });
    // 7 MB in all.
    await expect(
      resolve([
        newContent('limits/a.txt', megabytes(3.5)),
        newContent('other/c.txt', megabytes(3.6)),
      ]),
    ).rejects.toMatchObject({ name: 'FileContentSizeLimitExceededException' });
    const merged = await resolve([
      newContent('limits/a.txt', megabytes(3.5)),
      { filePath: 'limits/b.txt', replacementType: 'KEEP_SOURCE' },
      newContent('other/c.txt', megabytes(3.4)),
    ]);
    expect((await fileOn(merged.commitId ?? '', 'other/c.txt')).length).toBe(megabytes(3.4).length);

    const keepSource = { filePath: 'limits/b.txt', replacementType: 'KEEP_SOURCE' as const };
    const refused: [ReplaceContentEntry[], string][] = [
      [[{ filePath: 'limits/a.txt' } as ReplaceContentEntry], 'ReplacementTypeRequiredException'],
      [
        [{ filePath: 'limits/a.txt', replacementType: 'KEEP_ALL' as ReplacementTypeEnum }],
        'InvalidReplacementTypeException',
      ],
      [[{ ...keepSource, content: Buffer.from('x') }], 'InvalidReplacementContentException'],
      [
        [{ filePath: 'limits/a.txt', replacementType: 'USE_NEW_CONTENT' }],
        'ReplacementContentRequiredException',
      ],
      [[keepSource, keepSource], 'MultipleConflictResolutionEntriesException'],
    ];
    for (const [replaceContents, name] of refused)
      await expect(resolve(replaceContents), name).rejects.toMatchObject({ name });
  });
});

describe('keepEmptyFolders', () => {
  test('a merge that empties a folder drops it, or keeps it with a .gitkeep when asked', async () => {
    await putFile(review.developer, repositoryName, 'main', 'retired/deep/only.txt', 'last one\n');
    const base = await tipOf(review.admin, repositoryName, 'main');
    await review.admin.send(
      new CreateBranchCommand({ repositoryName, branchName: 'tidy', commitId: base }),
    );
    await review.developer.send(
      new DeleteFileCommand({
        repositoryName,
        branchName: 'tidy',
        filePath: 'retired/deep/only.txt',
        parentCommitId: base,
      }),
    );
    await putFile(review.developer, repositoryName, 'main', 'unrelated.txt', 'moved on\n');
    const entriesAt = async (commitSpecifier: string | undefined, folderPath: string) => {
      const folder = await review.admin.send(
        new GetFolderCommand({ repositoryName, commitSpecifier, folderPath }),
      );
      return [...(folder.subFolders ?? []), ...(folder.files ?? [])].map(
        (entry) => entry.absolutePath,
      );
    };
    const dropped = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...specifiers('tidy'),
        mergeOption: 'THREE_WAY_MERGE',
      }),
    );
    expect(await entriesAt(dropped.commitId, '/')).not.toContain('retired');
    const kept = await review.developer.send(
      new CreateUnreferencedMergeCommitCommand({
        ...specifiers('tidy'),
        mergeOption: 'SQUASH_MERGE',
        keepEmptyFolders: true,
      }),
    );
    expect(await entriesAt(kept.commitId, 'retired')).toEqual(['retired/deep']);
    expect(await entriesAt(kept.commitId, 'retired/deep')).toEqual(['retired/deep/.gitkeep']);
    const merged = await review.developer.send(
      new MergeBranchesBySquashCommand({ ...specifiers('tidy'), keepEmptyFolders: true }),
    );
    expect(merged.treeId).toBe(kept.treeId);
    expect(await fileOn('main', 'retired/deep/.gitkeep')).toBe('');
  });
});

const emulator = () => review.emulator;
