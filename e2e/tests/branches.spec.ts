import { GetBranchCommand, GetRepositoryCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('a developer creates a branch from a commit, makes it the default, and deletes another but never the default', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n' });
  const developer = consoleApp.client('developer');
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'price.txt',
      fileContent: new TextEncoder().encode('10\n'),
      commitMessage: 'Set the price',
      name: 'Dana Developer',
    }),
  );

  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/shop`);
  await page
    .getByRole('navigation', { name: 'Repository' })
    .getByRole('link', { name: 'Branches' })
    .click();
  const table = page.getByRole('table', { name: 'Branches' });
  const row = (branchName: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: branchName, exact: true }) });
  await expect(row('main')).toContainText('default');
  await expect(row('main')).toContainText('Set the price');
  await expect(row('main').getByRole('button', { name: 'Delete main' })).toHaveCount(0);

  const form = page.getByRole('form', { name: 'Create a branch' });
  await form.getByLabel('Branch name').fill('release/1.0');
  await form.getByLabel('From branch, tag or commit id').fill(commitId);
  await form.getByRole('button', { name: 'Create branch' }).click();
  await expect(row('release/1.0')).toContainText(commitId.slice(0, 7));
  await expect(row('release/1.0')).toContainText('Start the project');
  await form.getByLabel('Branch name').fill('scratch');
  await form.getByLabel('From branch, tag or commit id').fill('main');
  await form.getByRole('button', { name: 'Create branch' }).click();
  await expect(row('scratch')).toContainText('Set the price');
  const created = await developer.send(
    new GetBranchCommand({ repositoryName: 'shop', branchName: 'release/1.0' }),
  );
  expect(created.branch?.commitId).toBe(commitId);

  await row('release/1.0').getByRole('button', { name: 'Make default' }).click();
  await expect(row('release/1.0')).toContainText('default');
  await expect(row('main').getByRole('button', { name: 'Delete main' })).toBeVisible();
  await expect(row('release/1.0').getByRole('button', { name: 'Delete release/1.0' })).toHaveCount(
    0,
  );
  const { repositoryMetadata } = await developer.send(
    new GetRepositoryCommand({ repositoryName: 'shop' }),
  );
  expect(repositoryMetadata?.defaultBranch).toBe('release/1.0');

  page.once('dialog', (dialog) => void dialog.accept());
  await row('scratch').getByRole('button', { name: 'Delete scratch' }).click();
  await expect(row('scratch')).toHaveCount(0);
  await expect(
    developer.send(new GetBranchCommand({ repositoryName: 'shop', branchName: 'scratch' })),
  ).rejects.toThrow(/does not exist/);

  // Branch names git would refuse are caught before asking CodeCommit.
  await form.getByLabel('Branch name').fill('bad..name');
  await form.getByRole('button', { name: 'Create branch' }).click();
  await expect(form.getByLabel('Branch name')).toHaveAttribute('aria-invalid', 'true');
});

test('a reader downloads a branch as a ZIP with a progress bar, and sees no branch controls', async ({
  page,
  consoleApp,
}) => {
  const files = Object.fromEntries(
    Array.from({ length: 40 }, (_, index) => [
      `src/module-${index}.ts`,
      `export const value${index} = ${index};\n`,
    ]),
  );
  await seedRepository(consoleApp, 'modules', { 'README.md': '# Modules\n', ...files });

  await consoleApp.signIn(page, 'reader');
  const permissions = page.waitForResponse((response) =>
    response.url().endsWith('/api/repositories/modules/permissions'),
  );
  await page.goto(`${consoleApp.url}/repositories/modules/branches`);
  expect((await permissions).ok()).toBe(true);
  const row = page
    .getByRole('table', { name: 'Branches' })
    .getByRole('row')
    .filter({ hasText: 'main' });
  await expect(row).toContainText('Start the project');
  await expect(page.getByRole('form', { name: 'Create a branch' })).toHaveCount(0);
  await expect(row.getByRole('button', { name: /Delete|Make default/ })).toHaveCount(0);

  // Hold the archive until the progress bar has been seen, so the check never races the download.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/repositories/modules/archive?**', async (route) => {
    await held;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'ZIP' }).click();
  await expect(page.getByRole('progressbar', { name: 'ZIP download progress' })).toBeVisible();
  release();
  const zip = await readFile(await (await download).path());
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = zip.toString('latin1');
  for (const name of ['README.md', 'src/module-0.ts', 'src/module-39.ts'])
    expect(names).toContain(name);
  await expect(page.getByRole('progressbar', { name: 'ZIP download progress' })).toHaveCount(0);
});
