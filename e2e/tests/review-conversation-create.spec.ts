import { CreateBranchCommand, CreateCommitCommand } from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('before creating a pull request, the page shows its commits and every diff', async ({
  page,
  consoleApp,
}) => {
  const client = consoleApp.client('developer');
  const { commitId: mainCommit } = await seedRepository(consoleApp, 'preview-demo', {
    'menu.txt': 'soup\nbread\n',
    'prices.txt': 'soup 4\n',
  });
  await client.send(
    new CreateBranchCommand({
      repositoryName: 'preview-demo',
      branchName: 'dessert',
      commitId: mainCommit,
    }),
  );
  const commit = async (parentCommitId: string, path: string, text: string, message: string) =>
    (
      await client.send(
        new CreateCommitCommand({
          repositoryName: 'preview-demo',
          branchName: 'dessert',
          parentCommitId,
          commitMessage: message,
          putFiles: [{ filePath: path, fileContent: new TextEncoder().encode(text) }],
        }),
      )
    ).commitId ?? '';
  const first = await commit(mainCommit, 'menu.txt', 'soup\nbread\ncake\n', 'Offer cake');
  await commit(first, 'prices.txt', 'soup 4\ncake 5\n', 'Price the cake');

  await consoleApp.signIn(page, 'developer');
  await page.goto(
    `${consoleApp.url}/repositories/preview-demo/pull-requests/new?source=dessert&destination=main`,
  );
  const commits = page.getByRole('region', { name: '2 commits' });
  await expect(commits.getByRole('cell', { name: 'Price the cake' })).toBeVisible();
  await expect(commits.getByRole('cell', { name: 'Offer cake' })).toBeVisible();
  const diffs = page.getByLabel('Diffs');
  await expect(diffs.locator('summary')).toHaveText(['M menu.txt', 'M prices.txt']);
  const menu = diffs.locator('details').filter({ hasText: 'menu.txt' });
  await expect(menu.locator('.monaco-diff-editor .modified').getByText('cake')).toBeVisible();
  await page.screenshot({ path: 'artifacts/create-preview.png', fullPage: true });

  await page.getByLabel('Title').fill('Add a dessert');
  await page.getByRole('button', { name: 'Create pull request' }).click();
  await expect(page.getByRole('heading', { name: 'Add a dessert' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Commits 2' })).toBeVisible();
});
