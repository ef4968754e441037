import { GetFileCommand, GetRepositoryCommand } from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleFixture, type DemoUserName } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

/** Opens a file once the console knows what the user may change, so absent controls mean something. */
async function openFile(page: Page, consoleApp: ConsoleFixture, user: DemoUserName) {
  await consoleApp.signIn(page, user);
  const permissions = page.waitForResponse((response) =>
    response.url().endsWith('/api/repositories/notes/permissions'),
  );
  await page.goto(`${consoleApp.url}/repositories/notes/blob/main/todo.txt`);
  expect((await permissions).ok()).toBe(true);
  await expect(page.locator('.monaco-editor').getByText('buy milk')).toBeVisible();
}

test('a reader sees no edit controls where a developer does', async ({ browser, consoleApp }) => {
  await seedRepository(consoleApp, 'notes', { 'todo.txt': 'buy milk\n' });

  const developer = await (await browser.newContext()).newPage();
  await openFile(developer, consoleApp, 'developer');
  await expect(developer.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  await expect(
    developer
      .getByRole('navigation', { name: 'Repository' })
      .getByRole('link', { name: 'Settings' }),
  ).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await openFile(reader, consoleApp, 'reader');
  await expect(reader.getByRole('link', { name: 'Permalink' })).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  const tabs = reader.getByRole('navigation', { name: 'Repository' });
  await expect(tabs.getByRole('link', { name: 'Code' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Settings' })).toHaveCount(0);
});

test('a reader who forces a change gets AWS’s refusal in plain words, and nothing changes', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(
    consoleApp,
    'notes',
    { 'todo.txt': 'buy milk\n' },
    { description: 'Things to do' },
  );
  const readerArn = consoleApp.user('reader').arn;
  const refusal = (action: string) =>
    `User: ${readerArn} is not authorized to perform: codecommit:${action}`;

  // Typing the editor's address by hand: the editor opens, AWS refuses the commit.
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/notes/edit/main/todo.txt`);
  await page.getByRole('textbox', { name: 'Edit todo.txt' }).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('walk the dog\n');
  await page.getByRole('button', { name: 'Commit changes' }).click();
  const commitRefused = page.getByRole('alert').filter({ hasText: 'The change was not committed' });
  await expect(commitRefused).toContainText('(403)');
  await expect(commitRefused).toContainText(refusal('PutFile'));
  await expect(page.locator('.monaco-editor').getByText('walk the dog')).toBeVisible();

  // The settings page by its address: the form is there, AWS refuses the change.
  await page.goto(`${consoleApp.url}/repositories/notes/settings`);
  const details = page.getByRole('form', { name: 'Repository details' });
  await details.getByLabel('Description').fill('Hijacked');
  await details.getByRole('button', { name: 'Save' }).click();
  const saveRefused = details.getByRole('alert').filter({ hasText: 'The changes were not saved' });
  await expect(saveRefused).toContainText(refusal('UpdateRepositoryDescription'));

  // The create page by its address.
  await page.goto(`${consoleApp.url}/new`);
  await page.getByLabel('Repository name').fill('readers-own');
  await page.getByRole('button', { name: 'Create repository' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The repository was not created' }),
  ).toContainText(refusal('CreateRepository'));

  // The BFF's own route, called with the reader's session cookie.
  const response = await page.request.put(`${consoleApp.url}/api/repositories/notes/file`, {
    headers: { origin: consoleApp.url },
    data: {
      branchName: 'main',
      filePath: 'todo.txt',
      fileContent: 'forced\n',
      parentCommitId: commitId,
    },
  });
  expect(response.status()).toBe(403);
  const body: unknown = await response.json();
  expect(body).toMatchObject({ code: 'AccessDeniedException' });
  expect(body).toHaveProperty('error', expect.stringContaining(refusal('PutFile')));

  const developer = consoleApp.client('developer');
  const file = await developer.send(
    new GetFileCommand({ repositoryName: 'notes', commitSpecifier: 'main', filePath: 'todo.txt' }),
  );
  expect(file.commitId).toBe(commitId);
  const { repositoryMetadata } = await developer.send(
    new GetRepositoryCommand({ repositoryName: 'notes' }),
  );
  expect(repositoryMetadata?.repositoryDescription).toBe('Things to do');
});
