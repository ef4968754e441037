import { GetCommitCommand, GetFileCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Opens the file's editor from its page, as a person would, and adds a line at its end. */
async function editAndAppend(page: Page, filePath: string, line: string) {
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Editing ${filePath}` })).toBeVisible();
  const editor = page.getByRole('textbox', { name: `Edit ${filePath}` });
  await editor.focus();
  await page.keyboard.press('Control+End');
  // One input event, as a paste would be: see the report on keys typed faster than React renders.
  await page.keyboard.insertText(`${line}\n`);
  await expect(page.getByText('· changed')).toBeVisible();
}

test('a developer edits a file in the browser and commits it with a message and an author', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'handbook', {
    'docs/onboarding.md': '# Onboarding\n\nDay one: laptop.\n',
  });

  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/handbook/blob/main/docs/onboarding.md`);
  await editAndAppend(page, 'docs/onboarding.md', 'Day two: coffee.');
  await page.getByLabel('Commit message').fill('Say what happens on day two');
  await page.getByLabel('Author name').fill('Dana Developer');
  await page.getByLabel('Author email').fill('dana@example.com');
  await page.getByRole('button', { name: 'Commit changes' }).click();

  await expect(page).toHaveURL(/\/blob\/main\/docs\/onboarding\.md$/);
  const notice = page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main\./ });
  await expect(notice).toBeVisible();
  await expect(page.locator('.monaco-editor').getByText('Day two: coffee.')).toBeVisible();

  const developer = consoleApp.client('developer');
  const file = await developer.send(
    new GetFileCommand({
      repositoryName: 'handbook',
      commitSpecifier: 'main',
      filePath: 'docs/onboarding.md',
    }),
  );
  expect(decode(file.fileContent)).toBe('# Onboarding\n\nDay one: laptop.\nDay two: coffee.\n');
  const { commit } = await developer.send(
    new GetCommitCommand({ repositoryName: 'handbook', commitId: file.commitId }),
  );
  expect(commit?.parents).toEqual([commitId]);
  expect(commit?.message?.trim()).toBe('Say what happens on day two');
  expect(commit?.author).toMatchObject({ name: 'Dana Developer', email: 'dana@example.com' });
});

test('when someone else commits first, the editor keeps the text and says who changed what', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'handbook', {
    'onboarding.md': '# Onboarding\n\nDay one: laptop.\n',
  });

  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/handbook/blob/main/onboarding.md`);
  await editAndAppend(page, 'onboarding.md', 'Day two: coffee.');

  // Meanwhile the admin changes the same file from a script.
  const { commitId: theirCommitId } = await consoleApp.client('admin').send(
    new PutFileCommand({
      repositoryName: 'handbook',
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'onboarding.md',
      fileContent: new TextEncoder().encode('# Onboarding\n\nDay one: laptop and badge.\n'),
      commitMessage: 'Mention the badge',
      name: 'Alex Admin',
      email: 'alex@example.com',
    }),
  );
  await page.getByLabel('Commit message').fill('Add day two');
  await page.getByRole('button', { name: 'Commit changes' }).click();

  const notice = page.getByRole('alert').filter({ hasText: 'moved while you were editing' });
  await expect(notice).toContainText(
    'main moved while you were editing: nothing was committed, and your text is still in the editor.',
  );
  await expect(notice).toContainText('Alex Admin committed “Mention the badge”');
  await expect(notice).toContainText('That change touched this file too');
  await expect(notice.getByRole('link', { name: theirCommitId!.slice(0, 7) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commit changes' })).toBeDisabled();
  const editor = page.locator('.monaco-editor');
  await expect(editor.getByText('Day two: coffee.')).toBeVisible();
  await expect(editor.getByText('Day one: laptop.')).toBeVisible();

  // Having seen their change, the developer keeps their own version on top of it.
  await notice
    .getByRole('button', { name: `Commit on top of ${theirCommitId!.slice(0, 7)}` })
    .click();
  await page.getByRole('button', { name: 'Commit changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main\./ }),
  ).toBeVisible();

  const developer = consoleApp.client('developer');
  const file = await developer.send(
    new GetFileCommand({
      repositoryName: 'handbook',
      commitSpecifier: 'main',
      filePath: 'onboarding.md',
    }),
  );
  expect(decode(file.fileContent)).toBe('# Onboarding\n\nDay one: laptop.\nDay two: coffee.\n');
  const { commit } = await developer.send(
    new GetCommitCommand({ repositoryName: 'handbook', commitId: file.commitId }),
  );
  expect(commit?.parents).toEqual([theirCommitId]);
});
