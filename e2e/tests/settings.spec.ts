import {
  CreateBranchCommand,
  GetRepositoryCommand,
  ListTagsForResourceCommand,
  RepositoryDoesNotExistException,
  TagResourceCommand,
} from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('an admin changes the description, default branch and tags, renames, then deletes by typing the name', async ({
  page,
  consoleApp,
}) => {
  const admin = consoleApp.client('admin');
  const { commitId } = await seedRepository(
    consoleApp,
    'old-name',
    { 'README.md': '# Old\n' },
    { description: 'Before' },
  );
  await admin.send(
    new CreateBranchCommand({ repositoryName: 'old-name', branchName: 'develop', commitId }),
  );
  const { repositoryMetadata } = await admin.send(
    new GetRepositoryCommand({ repositoryName: 'old-name' }),
  );
  await admin.send(
    new TagResourceCommand({ resourceArn: repositoryMetadata?.Arn, tags: { team: 'core' } }),
  );

  await consoleApp.signIn(page, 'admin');
  await page.getByRole('link', { name: 'old-name' }).click();
  await page
    .getByRole('navigation', { name: 'Repository' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page).toHaveURL(/\/repositories\/old-name\/settings$/);

  const details = page.getByRole('form', { name: 'Repository details' });
  await details.getByLabel('Description').fill('After');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('paragraph').filter({ hasText: /^After$/ })).toBeVisible();

  const defaultBranch = page.getByRole('form', { name: 'Default branch' });
  await expect(defaultBranch.getByLabel('Branch')).toHaveValue('main');
  await defaultBranch.getByLabel('Branch').selectOption('develop');
  await defaultBranch.getByRole('button', { name: 'Set as default' }).click();
  await expect(defaultBranch.getByRole('status')).toHaveText('develop is now the default branch.');

  const tags = page.getByRole('region', { name: 'Tags' });
  await expect(tags.getByLabel('Tag 1 key')).toHaveValue('team');
  await tags.getByLabel('Tag 1 value').fill('platform');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByLabel('Tag 2 key').fill('tier');
  await tags.getByLabel('Tag 2 value').fill('gold');
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await expect(tags.getByRole('button', { name: 'Save tags' })).toBeDisabled();
  await expect
    .poll(
      async () =>
        (await admin.send(new ListTagsForResourceCommand({ resourceArn: repositoryMetadata?.Arn })))
          .tags,
    )
    .toEqual({ team: 'platform', tier: 'gold' });

  // A name CodeCommit would refuse is caught before asking it.
  const name = details.getByLabel('Repository name');
  await name.fill('new name');
  await expect(
    details.getByText('Use only letters, digits, periods, underscores and hyphens.'),
  ).toBeVisible();
  await expect(details.getByRole('button', { name: 'Save' })).toBeDisabled();
  await name.fill('new-name');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/repositories\/new-name\/settings$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Renamed old-name to new-name.' }),
  ).toBeVisible();
  const renamed = await admin.send(new GetRepositoryCommand({ repositoryName: 'new-name' }));
  expect(renamed.repositoryMetadata).toMatchObject({
    repositoryDescription: 'After',
    defaultBranch: 'develop',
  });

  const danger = page.getByRole('form', { name: 'Delete this repository' });
  const deleteButton = danger.getByRole('button', { name: 'Delete repository' });
  await expect(deleteButton).toBeDisabled();
  await danger.getByLabel('Type new-name to confirm').fill('old-name');
  await expect(deleteButton).toBeDisabled();
  await danger.getByLabel('Type new-name to confirm').fill('new-name');
  await deleteButton.click();
  await expect(page).toHaveURL(`${consoleApp.url}/`);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted new-name.' })).toBeVisible();
  await expect(page.getByText('No repositories yet')).toBeVisible();
  await expect(
    admin.send(new GetRepositoryCommand({ repositoryName: 'new-name' })),
  ).rejects.toBeInstanceOf(RepositoryDoesNotExistException);
});
