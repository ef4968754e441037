import { CodeCommitClient, CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';

test.use({ consoleRegions: ['us-east-1', 'eu-west-1'] });

test('the top bar says which account and region, and switching region shows that region’s repositories', async ({
  page,
  consoleApp,
}) => {
  const developer = consoleApp.user('developer');
  const ireland = new CodeCommitClient({
    endpoint: consoleApp.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: developer.accessKeyId, secretAccessKey: developer.secretAccessKey },
  });
  await ireland.send(new CreateRepositoryCommand({ repositoryName: 'dublin' }));
  await consoleApp
    .client('developer')
    .send(new CreateRepositoryCommand({ repositoryName: 'virginia' }));

  await consoleApp.signIn(page, 'reader');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(/Account \d{4}-\d{4}-\d{4}/);
  const region = banner.getByRole('combobox', { name: 'Region' });
  await expect(region).toHaveValue('us-east-1');
  const list = page.getByRole('main');
  await expect(list.getByRole('link', { name: 'virginia' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'dublin' })).toHaveCount(0);

  await region.selectOption('eu-west-1');
  await expect(page).toHaveURL(/\/region\/eu-west-1\/$/);
  await expect(list.getByRole('link', { name: 'dublin' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'virginia' })).toHaveCount(0);
  await expect(page.getByText('1 repository', { exact: true })).toBeVisible();

  // Links inside the region keep it, so a shared address opens the same region's repository.
  await list.getByRole('link', { name: 'dublin' }).click();
  await expect(page).toHaveURL(/\/region\/eu-west-1\/repositories\/dublin$/);
  await expect(page.getByRole('heading', { name: 'dublin' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'dublin' })).toBeVisible();
  await expect(banner.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-west-1');

  // The same repository is not there in us-east-1.
  await page.goto(`${consoleApp.url}/repositories/dublin`);
  await expect(page.getByText('Repository not found')).toBeVisible();

  await banner.getByRole('combobox', { name: 'Region' }).selectOption('us-east-1');
  await expect(page).toHaveURL(`${consoleApp.url}/`);
  await expect(list.getByRole('link', { name: 'virginia' })).toBeVisible();
});
