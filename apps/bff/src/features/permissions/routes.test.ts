import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { PERMISSIONS_WINDOW_MS } from './routes.ts';

let console_: TestConsole;
let tip: string;

beforeAll(async () => {
  console_ = await startTestConsole();
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'probed' });
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'empty' });
  const created = await console_.json('admin', 'POST', '/api/repositories/probed/commits', {
    branchName: 'main',
    putFiles: [{ filePath: 'README.md', fileContent: '# Probed\n' }],
  });
  tip = ((await created.json()) as { commitId: string }).commitId;
});
afterAll(async () => {
  await console_.close();
});

async function getJson(user: string, path: string): Promise<unknown> {
  const response = await console_.as(user)(path);
  expect(response.status).toBe(200);
  return response.json();
}

describe('permissions', () => {
  it('answers what each managed policy allows, per repository and for the account', async () => {
    expect(await getJson('admin', '/api/repositories/probed/permissions')).toEqual({
      canCreateRepository: true,
      canDeleteRepository: true,
      canWrite: true,
      canDeleteBranch: true,
    });
    expect(await getJson('developer', '/api/repositories/probed/permissions')).toEqual({
      canCreateRepository: true,
      canDeleteRepository: false,
      canWrite: true,
      canDeleteBranch: true,
    });
    expect(await getJson('reader', '/api/repositories/probed/permissions')).toEqual({
      canCreateRepository: false,
      canDeleteRepository: false,
      canWrite: false,
      canDeleteBranch: false,
    });
    expect(await getJson('reader', '/api/permissions')).toEqual({ canCreateRepository: false });
    expect(await getJson('developer', '/api/permissions')).toEqual({ canCreateRepository: true });
  });

  it('changes nothing it probes, in a repository with commits and in an empty one', async () => {
    for (const user of ['admin', 'developer', 'reader']) {
      for (const repositoryName of ['probed', 'empty']) {
        await getJson(user, `/api/repositories/${repositoryName}/permissions`);
      }
    }
    const { repositories } = (await getJson('admin', '/api/repositories')) as {
      repositories: { repositoryName: string }[];
    };
    expect(repositories.map((repository) => repository.repositoryName)).toEqual([
      'empty',
      'probed',
    ]);
    expect(await getJson('admin', '/api/repositories/probed/branches')).toEqual({
      branches: [{ branchName: 'main', commitId: tip }],
    });
    expect(await getJson('admin', '/api/repositories/empty/branches')).toEqual({ branches: [] });
  });

  it('asks CodeCommit again only after a while: a second look costs no call', async () => {
    await console_.as('developer')('/api/repositories/probed/permissions');
    const again = await console_.as('developer')('/api/repositories/probed/permissions');
    expect(again.headers.get('x-codecommit-calls')).toBe('0');
    const account = await console_.as('developer')('/api/permissions');
    expect(account.headers.get('x-codecommit-calls')).toBe('0');
  });

  it('keeps an answer for the whole window from when it came, then asks again', async () => {
    const calls = async () =>
      Number(
        (await console_.as('reader')('/api/repositories/probed/permissions')).headers.get(
          'x-codecommit-calls',
        ),
      );
    // Asked a second before the clock passes a multiple of the window: still kept after it.
    console_.clock.advance(PERMISSIONS_WINDOW_MS);
    const now = console_.clock.now();
    console_.clock.advance(PERMISSIONS_WINDOW_MS - (now % PERMISSIONS_WINDOW_MS) - 1_000);
    expect(await calls()).toBeGreaterThan(0);
    console_.clock.advance(2_000);
    expect(await calls()).toBe(0);
    console_.clock.advance(PERMISSIONS_WINDOW_MS);
    expect(await calls()).toBeGreaterThan(0);
  });

  it('refuses a bad repository name and a caller who has not signed in', async () => {
    const bad = await console_.as('developer')('/api/repositories/no%20spaces/permissions');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: expect.stringContaining('repositoryName') });
    expect((await console_.app.request('/api/permissions')).status).toBe(401);
    expect((await console_.app.request('/api/repositories/probed/permissions')).status).toBe(401);
  });
});
