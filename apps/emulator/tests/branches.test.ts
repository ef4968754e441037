import {
  CreateBranchCommand,
  DeleteBranchCommand,
  GetBranchCommand,
  ListBranchesCommand,
  UpdateDefaultBranchCommand,
} from '@aws-sdk/client-codecommit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { errorName, fsckFailures, repositoryWithFile } from './git-support.ts';

let emulator: TestEmulator;
let tip: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  tip = await repositoryWithFile(emulator.client(), 'branches');
});
afterAll(() => emulator.close());

describe('CreateBranch and GetBranch', () => {
  it('creates a branch at a commit and reads it back', async () => {
    const client = emulator.client('developer');
    await client.send(
      new CreateBranchCommand({
        repositoryName: 'branches',
        branchName: 'feature/login',
        commitId: tip,
      }),
    );
    const branch = await client.send(
      new GetBranchCommand({ repositoryName: 'branches', branchName: 'feature/login' }),
    );
    expect(branch.branch).toEqual({ branchName: 'feature/login', commitId: tip });
  });

  it('answers taken, invalid and missing names and commits with their exceptions', async () => {
    const client = emulator.client();
    const create = (branchName: string, commitId = tip) =>
      errorName(
        client.send(new CreateBranchCommand({ repositoryName: 'branches', branchName, commitId })),
      );
    expect(await create('feature/login')).toBe('BranchNameExistsException');
    expect(await create('main')).toBe('BranchNameExistsException');
    for (const name of [
      'a..b',
      'with space',
      'ends.lock',
      'x~1',
      'a'.repeat(40),
      'feature/login/deeper',
    ]) {
      expect(await create(name), name).toBe('InvalidBranchNameException');
    }
    expect(await create('fresh', 'main~1')).toBe('InvalidCommitIdException');
    expect(await create('fresh', 'no-such-branch')).toBe('CommitDoesNotExistException');
    expect(await create('fresh', 'e'.repeat(40))).toBe('CommitDoesNotExistException');
    expect(
      await errorName(
        client.send(new GetBranchCommand({ repositoryName: 'branches', branchName: 'nope' })),
      ),
    ).toBe('BranchDoesNotExistException');
    expect(await errorName(client.send(new GetBranchCommand({ repositoryName: 'branches' })))).toBe(
      'BranchNameRequiredException',
    );
  });

  it('is refused to a reader', async () => {
    expect(
      await errorName(
        emulator
          .client('reader')
          .send(
            new CreateBranchCommand({ repositoryName: 'branches', branchName: 'r', commitId: tip }),
          ),
      ),
    ).toBe('AccessDeniedException');
  });
});

describe('ListBranches', () => {
  it('pages through every branch with nextToken', async () => {
    const client = emulator.client();
    for (let index = 0; index < 120; index += 1) {
      await client.send(
        new CreateBranchCommand({
          repositoryName: 'branches',
          branchName: `bulk-${String(index).padStart(3, '0')}`,
          commitId: tip,
        }),
      );
    }
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(
        new ListBranchesCommand({ repositoryName: 'branches', nextToken }),
      );
      seen.push(...(page.branches ?? []));
      nextToken = page.nextToken;
      pages += 1;
    } while (nextToken);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(122);
    expect(new Set(seen).size).toBe(122);
    expect(seen).toContain('feature/login');
    expect(
      await errorName(
        client.send(new ListBranchesCommand({ repositoryName: 'branches', nextToken: 'garbage' })),
      ),
    ).toBe('InvalidContinuationTokenException');
  });
});

describe('DeleteBranch', () => {
  it('deletes a branch and returns what it pointed to, but never the default branch', async () => {
    const client = emulator.client();
    const deleted = await client.send(
      new DeleteBranchCommand({ repositoryName: 'branches', branchName: 'feature/login' }),
    );
    expect(deleted.deletedBranch).toEqual({ branchName: 'feature/login', commitId: tip });
    expect(
      await errorName(
        client.send(
          new GetBranchCommand({ repositoryName: 'branches', branchName: 'feature/login' }),
        ),
      ),
    ).toBe('BranchDoesNotExistException');
    expect(
      await errorName(
        client.send(new DeleteBranchCommand({ repositoryName: 'branches', branchName: 'main' })),
      ),
    ).toBe('DefaultBranchCannotBeDeletedException');
    await client.send(
      new UpdateDefaultBranchCommand({ repositoryName: 'branches', defaultBranchName: 'bulk-000' }),
    );
    const main = await client.send(
      new DeleteBranchCommand({ repositoryName: 'branches', branchName: 'main' }),
    );
    expect(main.deletedBranch?.commitId).toBe(tip);
  });

  it('leaves repositories that pass git fsck --strict', async () => {
    expect(await fsckFailures(emulator.dataDir)).toEqual([]);
  });
});
