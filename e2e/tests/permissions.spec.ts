import { GetRepositoryCommand } from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleFixture, type DemoUserName } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

/** Waits for the answer to a permissions route, so that a control's absence means something. */
const permissionsAnswer = (page: Page, path: string) =>
  page.waitForResponse((response) => new URL(response.url()).pathname === path);

async function openRepositories(page: Page, consoleApp: ConsoleFixture, user: DemoUserName) {
  const answer = permissionsAnswer(page, '/api/permissions');
  await consoleApp.signIn(page, user);
  expect((await answer).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Repositories' })).toBeVisible();
}

async function openSettings(page: Page, consoleApp: ConsoleFixture, user: DemoUserName) {
  await consoleApp.signIn(page, user);
  const answer = permissionsAnswer(page, '/api/repositories/kept/permissions');
  await page.goto(`${consoleApp.url}/repositories/kept/settings`);
  expect((await answer).ok()).toBe(true);
  await expect(page.getByRole('form', { name: 'Repository details' })).toBeVisible();
}

test('only those whose policy allows it are offered to create a repository', async ({
  browser,
  consoleApp,
}) => {
  const reader = await (await browser.newContext()).newPage();
  await openRepositories(reader, consoleApp, 'reader');
  await expect(reader.getByRole('link', { name: 'Create repository' })).toHaveCount(0);

  const developer = await (await browser.newContext()).newPage();
  await openRepositories(developer, consoleApp, 'developer');
  await developer.getByRole('link', { name: 'Create repository' }).click();
  await expect(developer).toHaveURL(/\/new$/);
});

test('a developer may not delete a repository and is told so; the admin may', async ({
  browser,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'kept', { 'README.md': '# Kept\n' });

  const developer = await (await browser.newContext()).newPage();
  await openSettings(developer, consoleApp, 'developer');
  await expect(
    developer.getByText(
      'Your IAM policy does not allow deleting this repository (codecommit:DeleteRepository).',
    ),
  ).toBeVisible();
  await expect(developer.getByRole('form', { name: 'Delete this repository' })).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await openSettings(admin, consoleApp, 'admin');
  await expect(admin.getByRole('form', { name: 'Delete this repository' })).toBeVisible();
  await expect(admin.getByText('Your IAM policy does not allow')).toHaveCount(0);
});

test('a delete forced past the console gets AWS’s refusal in its own words', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'kept', { 'README.md': '# Kept\n' });
  const refusal = `User: ${consoleApp.user('developer').arn} is not authorized to perform: codecommit:DeleteRepository`;

  // The console is told the developer may delete: the form shows, CodeCommit still says no.
  await page.route('**/api/repositories/kept/permissions', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      json: { ...(await response.json()), canDeleteRepository: true },
    });
  });
  await openSettings(page, consoleApp, 'developer');
  const danger = page.getByRole('form', { name: 'Delete this repository' });
  await danger.getByLabel('Type kept to confirm').fill('kept');
  await danger.getByRole('button', { name: 'Delete repository' }).click();
  const refused = danger.getByRole('alert').filter({ hasText: 'The repository was not deleted' });
  await expect(refused).toContainText('(403)');
  await expect(refused).toContainText(refusal);
  await expect(page).toHaveURL(/\/repositories\/kept\/settings$/);

  // The BFF's own route, called with the developer's session cookie.
  const response = await page.request.delete(`${consoleApp.url}/api/repositories/kept`, {
    headers: { origin: consoleApp.url },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({
    code: 'AccessDeniedException',
    error: expect.stringContaining(refusal),
  });

  const { repositoryMetadata } = await consoleApp
    .client('admin')
    .send(new GetRepositoryCommand({ repositoryName: 'kept' }));
  expect(repositoryMetadata?.repositoryName).toBe('kept');
});
