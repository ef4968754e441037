import {
  CreateBranchCommand,
  CreateCommitCommand,
  CreatePullRequestCommand,
} from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

const repositoryName = 'many-pull-requests';

test('a repository with 40 pull requests shows 25, then loads the rest on scroll', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, repositoryName, {
    'README.md': '# Many\n',
  });
  const client = consoleApp.client('developer');
  await client.send(new CreateBranchCommand({ repositoryName, branchName: 'feature', commitId }));
  await client.send(
    new CreateCommitCommand({
      repositoryName,
      branchName: 'feature',
      parentCommitId: commitId,
      commitMessage: 'Add a note',
      putFiles: [{ filePath: 'note.md', fileContent: new TextEncoder().encode('note\n') }],
    }),
  );
  for (let index = 1; index <= 40; index += 1) {
    await client.send(
      new CreatePullRequestCommand({
        title: `Pull request ${String(index).padStart(2, '0')}`,
        targets: [{ repositoryName, sourceReference: 'feature', destinationReference: 'main' }],
      }),
    );
  }
  const pages: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === `/api/repositories/${repositoryName}/pull-requests`)
      pages.push(url.searchParams.get('nextToken') ? 'next' : 'first');
  });
  await consoleApp.signIn(page, 'reader');

  // A search looks through what is loaded and loads on while it finds too few: 07 is on page 2.
  await page.goto(`${consoleApp.url}/repositories/${repositoryName}/pull-requests?q=07`);
  await expect(page.getByRole('status').filter({ hasText: 'Searched' })).toHaveText(
    'Searched all 40 pull requests: 1 matches.',
  );
  await expect(page.getByRole('link', { name: 'Pull request 07' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pull request 40' })).toHaveCount(0);
  expect(pages).toEqual(['first', 'next']);

  // Without a search, the first page shows at once and nothing more loads until the end is near.
  pages.length = 0;
  await page.goto(`${consoleApp.url}/repositories/${repositoryName}/pull-requests`);
  await expect(page.getByRole('link', { name: 'Pull request 40' })).toBeVisible();
  await expect(page.getByText('25 pull requests loaded, newest first.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toBeEnabled();
  expect(pages).toEqual(['first']);
  await page.screenshot({ path: 'artifacts/pull-request-list-first-page.png' });

  await page.mouse.wheel(0, 4000);
  await expect(page.getByText('40 pull requests, all loaded.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  expect(pages).toEqual(['first', 'next']);
  await page.mouse.wheel(0, 4000);
  await expect(page.getByRole('link', { name: 'Pull request 01' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/pull-request-list-all-loaded.png' });
});
