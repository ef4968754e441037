import { CreateBranchCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('each branch shows how far it is ahead of and behind the default branch, and its tip’s age', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n' });
  const developer = consoleApp.client('developer');
  await developer.send(
    new CreateBranchCommand({ repositoryName: 'shop', branchName: 'feature', commitId }),
  );
  let tip = commitId;
  for (const index of [1, 2]) {
    tip =
      (
        await developer.send(
          new PutFileCommand({
            repositoryName: 'shop',
            branchName: 'feature',
            parentCommitId: tip,
            filePath: `feature-${index}.txt`,
            fileContent: new TextEncoder().encode(`${index}\n`),
            commitMessage: `Feature ${index}`,
          }),
        )
      ).commitId ?? '';
  }
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'price.txt',
      fileContent: new TextEncoder().encode('10\n'),
      commitMessage: 'Set the price',
    }),
  );

  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop/branches`);
  const table = page.getByRole('table', { name: 'Branches' });
  const row = (branchName: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: branchName, exact: true }) });
  await expect(
    table.getByRole('columnheader', { name: 'Behind | Ahead of the default branch' }),
  ).toBeVisible();
  await expect(row('feature')).toContainText('1 commit behind and 2 commits ahead of main');
  await expect(row('feature')).toContainText('Feature 2');
  await expect(row('feature').locator('time')).toHaveText(/ago|just now|now/);
  await expect(row('main')).not.toContainText('ahead of');

  // A new commit on the branch moves its counts.
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'feature',
      parentCommitId: tip,
      filePath: 'feature-3.txt',
      fileContent: new TextEncoder().encode('3\n'),
      commitMessage: 'Feature 3',
    }),
  );
  await page.reload();
  await expect(row('feature')).toContainText('1 commit behind and 3 commits ahead of main');
});
