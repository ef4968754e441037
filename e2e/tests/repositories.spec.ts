import {
  CreateRepositoryCommand,
  GetRepositoryCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';
import { pasteInShell } from '../fixtures/shell.ts';

const readClipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');

test('the repository list is searched and sorted from the URL', async ({ page, consoleApp }) => {
  const developer = consoleApp.client('developer');
  // Created in this order, so name order and last-modified order differ.
  for (const [repositoryName, repositoryDescription] of [
    ['charlie-tools', 'Build scripts'],
    ['alpha-payments', 'Payments API'],
    ['bravo-web', 'The storefront'],
  ]) {
    await developer.send(new CreateRepositoryCommand({ repositoryName, repositoryDescription }));
  }

  await consoleApp.signIn(page, 'reader');
  const table = page.getByRole('table', { name: 'Repositories' });
  const names = table.getByRole('link');
  await expect(names).toHaveText(['alpha-payments', 'bravo-web', 'charlie-tools']);
  await expect(page.getByText('3 repositories')).toBeVisible();

  await page.getByLabel('Sort by').selectOption({ label: 'Last modified' });
  await expect(names).toHaveText(['bravo-web', 'alpha-payments', 'charlie-tools']);
  await expect(page).toHaveURL(/sort=lastModified/);

  // The search matches descriptions as well as names.
  await page.getByRole('searchbox', { name: 'Search repositories' }).fill('storefront');
  await expect(names).toHaveText(['bravo-web']);
  await expect(page.getByText('1 of 3 repositories')).toBeVisible();

  // The URL is the state: reloading keeps the search and the order.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search repositories' })).toHaveValue(
    'storefront',
  );
  await expect(page.getByLabel('Sort by')).toHaveValue('lastModified');
  await expect(names).toHaveText(['bravo-web']);

  await page.getByRole('searchbox', { name: 'Search repositories' }).fill('nothing-like-this');
  await expect(page.getByText('No repository matches')).toBeVisible();
});

test('a developer creates a repository with a description and tags, after fixing its name', async ({
  page,
  consoleApp,
}) => {
  await consoleApp
    .client('developer')
    .send(new CreateRepositoryCommand({ repositoryName: 'taken-name' }));
  await consoleApp.signIn(page, 'developer');
  await page.getByRole('link', { name: 'Create repository' }).click();
  await expect(page.getByRole('heading', { name: 'Create repository' })).toBeVisible();

  const name = page.getByLabel('Repository name');
  await page.getByRole('button', { name: 'Create repository' }).click();
  await expect(page.getByText('Enter a repository name.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('my project!');
  await expect(
    page.getByText('Use only letters, digits, periods, underscores and hyphens.'),
  ).toBeVisible();

  // A name CodeCommit refuses is reported in AWS's words, and nothing is created.
  await name.fill('taken-name');
  await page.getByRole('button', { name: 'Create repository' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The repository was not created' });
  await expect(refusal).toContainText('taken-name');
  await expect(refusal).toContainText(/already exists/i);

  await name.fill('inventory-service');
  await page.getByLabel('Description (optional)').fill('Keeps track of stock');
  await page.getByLabel('Tag 1 key').fill('team');
  await page.getByLabel('Tag 1 value').fill('warehouse');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag 2 key').fill('cost-center');
  await page.getByLabel('Tag 2 value').fill('42');
  await page.getByRole('button', { name: 'Create repository' }).click();

  await expect(page).toHaveURL(/\/repositories\/inventory-service$/);
  await expect(page.getByRole('heading', { name: 'inventory-service' })).toBeVisible();
  await expect(page.getByText('Keeps track of stock')).toBeVisible();
  await expect(page.getByText('This repository is empty')).toBeVisible();

  const developer = consoleApp.client('developer');
  const { repositoryMetadata } = await developer.send(
    new GetRepositoryCommand({ repositoryName: 'inventory-service' }),
  );
  const { tags } = await developer.send(
    new ListTagsForResourceCommand({ resourceArn: repositoryMetadata?.Arn }),
  );
  expect(tags).toEqual({ team: 'warehouse', 'cost-center': '42' });

  await page.getByRole('link', { name: 'Repositories' }).first().click();
  await expect(
    page
      .getByRole('table', { name: 'Repositories' })
      .getByRole('link', { name: 'inventory-service' }),
  ).toBeVisible();
});

test('the home page renders the README as markdown, runs none of its scripts, and copies clone commands', async ({
  page,
  consoleApp,
  context,
}) => {
  const readme = [
    '# Widget factory',
    '',
    'Makes **widgets** quickly. See [the guide](docs/guide.md).',
    '',
    '| Size | Price |',
    '| ---- | ----- |',
    '| S    | 1     |',
    '',
    '- [x] tested',
    '',
    '<script>window.readmeRan = true; alert("from script")</script>',
    '<img src="missing.png" onerror="window.readmeRan = true; alert(\'from onerror\')">',
    '',
    '[Do not click](javascript:alert("from link"))',
    '',
  ].join('\n');
  await seedRepository(
    consoleApp,
    'widgets',
    { 'README.md': readme, 'docs/guide.md': '# Guide\n' },
    { description: 'Factory floor' },
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await consoleApp.signIn(page, 'reader');
  await page.getByRole('link', { name: 'widgets' }).click();
  const readmePanel = page.getByRole('region', { name: 'README.md' });
  await expect(readmePanel.getByRole('heading', { name: 'Widget factory' })).toBeVisible();
  await expect(readmePanel.locator('strong', { hasText: 'widgets' })).toBeVisible();
  await expect(readmePanel.getByRole('table')).toContainText('Price');
  await expect(readmePanel.getByRole('checkbox')).toBeChecked();
  await expect(readmePanel.locator('script')).toHaveCount(0);
  await expect(readmePanel.locator('[onerror]')).toHaveCount(0);
  const scriptLink = readmePanel.getByText('Do not click');
  await expect(scriptLink).not.toHaveAttribute('href', /javascript:/i);
  await scriptLink.click();
  expect(await page.evaluate(() => 'readmeRan' in globalThis)).toBe(false);
  expect(dialogs).toEqual([]);

  // A relative link in the README opens that file in the console.
  await readmePanel.getByRole('link', { name: 'the guide' }).click();
  await expect(page).toHaveURL(/\/blob\/main\/docs\/guide\.md$/);
  await page.goBack();

  // Clone commands are one click away from the clipboard, and only those that work here.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clone = page.getByRole('region', { name: 'Clone' });
  await expect(clone.getByRole('tab')).toHaveText(['HTTP (AWS CLI)', 'HTTPS (GRC)', 'SSH']);
  await clone.getByRole('button', { name: 'Copy HTTP (AWS CLI) clone command' }).click();
  await expect(clone.getByRole('button', { name: 'Copy HTTP (AWS CLI) clone command' })).toHaveText(
    'Copied',
  );
  const helperCommand = await readClipboard(page);
  await page.screenshot({ path: test.info().outputPath('clone-panel-helper.png') });
  expect(helperCommand).toContain('AWS_PROFILE=reader');
  expect(helperCommand).toContain(`${consoleApp.url}/v1/repos/widgets`);
  // The command works as printed: a shell with no AWS or git settings of its own runs it.
  const work = await mkdtemp(join(tmpdir(), 'clone-panel-'));
  try {
    await pasteInShell(helperCommand, work);
    expect(await readFile(join(work, 'widgets', 'docs', 'guide.md'), 'utf8')).toBe('# Guide\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const { httpsUrl, caFile, sshUrl } = consoleApp.running;
  await clone.getByRole('tab', { name: 'HTTPS (GRC)' }).click();
  await expect(clone.getByRole('code')).toContainText(
    `CODE_COMMIT_ENDPOINT=${new URL(httpsUrl ?? '').host} GIT_SSL_CAINFO=${caFile}`,
  );
  await expect(clone.getByRole('code')).toContainText(
    'git clone codecommit::us-east-1://reader@widgets',
  );
  // The reader has no SSH key in IAM yet and may not upload one: the tab says how to make one and
  // who uploads it (a developer's upload: clone-panel.spec.ts).
  await clone.getByRole('tab', { name: 'SSH' }).click();
  await expect(clone.getByRole('code')).toHaveText(
    'ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa',
  );
  await expect(clone.getByText(/ask an administrator to upload/)).toBeVisible();
  expect(sshUrl).toBeDefined();
  await page.screenshot({ path: test.info().outputPath('clone-panel.png') });
  expect(dialogs).toEqual([]);
});
