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

  // The SSH tab prints no upload IAM would refuse the reader: only the key to make and who uploads it.
  await reader.goto(`${consoleApp.url}/repositories/notes`);
  const clone = reader.getByRole('region', { name: 'Clone' });
  await clone.getByRole('tab', { name: 'SSH' }).click();
  await expect(clone.getByText(/IAM does not let you upload one/)).toBeVisible();
  await expect(clone.getByText('ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa')).toBeVisible();
  await expect(clone.getByText(/upload-ssh-public-key/)).toHaveCount(0);
});

test('a reader who opens a form’s address is told why; a forced change gets AWS’s refusal', async ({
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

  // Typing the editor's or the settings' address by hand: a read-only page says why.
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/notes/edit/main/todo.txt`);
  const readOnly = page.getByRole('note', { name: 'Read-only' });
  await expect(readOnly).toContainText('Your IAM policy does not allow you to edit files in notes');
  await expect(readOnly).toContainText('codecommit:PutFile');
  await expect(page.getByRole('button', { name: 'Commit changes' })).toHaveCount(0);
  await readOnly.getByRole('link', { name: 'View todo.txt' }).click();
  await expect(page.locator('.monaco-editor').getByText('buy milk')).toBeVisible();

  await page.goto(`${consoleApp.url}/repositories/notes/settings`);
  await expect(page.getByRole('note', { name: 'Read-only' })).toContainText(
    "change this repository's settings",
  );
  const summary = page.getByRole('region', { name: 'Repository settings' });
  await expect(summary.getByText('Things to do')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Repository details' })).toHaveCount(0);

  // The create page by its address: no form, the reason, and the way back.
  await page.goto(`${consoleApp.url}/new`);
  await expect(page.getByRole('note', { name: 'Read-only' })).toContainText(
    'Your IAM policy does not allow you to create repositories (codecommit:CreateRepository)',
  );
  await expect(page.getByLabel('Repository name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create repository' })).toHaveCount(0);

  // The BFF's own route, called with the reader's session cookie: AWS's refusal.
  const created = await page.request.post(`${consoleApp.url}/api/repositories`, {
    headers: { origin: consoleApp.url },
    data: { repositoryName: 'readers-own' },
  });
  expect(created.status()).toBe(403);
  expect(await created.text()).toContain(refusal('CreateRepository'));

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
