import {
  FileDoesNotExistException,
  GetCommitCommand,
  GetDifferencesCommand,
  GetFileCommand,
} from '@aws-sdk/client-codecommit';
import { expect, test, type ConsoleFixture } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function readFile(consoleApp: ConsoleFixture, repositoryName: string, filePath: string) {
  const file = await consoleApp
    .client('developer')
    .send(new GetFileCommand({ repositoryName, commitSpecifier: 'main', filePath }));
  return { commitId: file.commitId ?? '', content: decode(file.fileContent) };
}

test('every key typed at full speed in the editor reaches the commit, in order', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'journal', { 'days.txt': 'Monday: rain.\n' });
  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/journal/blob/main/days.txt`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Edit days.txt' });
  await editor.focus();
  await page.keyboard.press('Control+End');
  // Key by key with no delay: each key is its own input event, faster than React renders.
  const typed =
    'Tuesday: sun, then wind from the west.\n' +
    'Wednesday: fog until noon and a long walk.\n' +
    'Thursday: nothing worth writing down at all.\n';
  await page.keyboard.type(typed);
  await expect(page.getByText('· changed')).toBeVisible();
  await page.getByLabel('Commit message').fill('Write the rest of the week');
  await page.getByRole('button', { name: 'Commit changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main\./ }),
  ).toBeVisible();

  const { content } = await readFile(consoleApp, 'journal', 'days.txt');
  expect(content).toBe(`Monday: rain.\n${typed}`);
});

async function lastCommit(consoleApp: ConsoleFixture, repositoryName: string, commitId: string) {
  const client = consoleApp.client('developer');
  const { commit } = await client.send(new GetCommitCommand({ repositoryName, commitId }));
  const { differences } = await client.send(
    new GetDifferencesCommand({
      repositoryName,
      beforeCommitSpecifier: commit?.parents?.[0],
      afterCommitSpecifier: commitId,
    }),
  );
  return {
    parents: commit?.parents,
    message: commit?.message?.trim(),
    changes: (differences ?? [])
      .map((difference) => [
        difference.changeType,
        difference.afterBlob?.path ?? difference.beforeBlob?.path,
      ])
      .sort(),
  };
}

test('a developer adds a file in a new folder, written in the editor', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'handbook', {
    'README.md': '# Handbook\n',
  });
  await consoleApp.signIn(page, 'developer');
  await page.getByRole('link', { name: 'handbook' }).click();
  await page.getByRole('link', { name: 'New file' }).click();
  await expect(page).toHaveURL(/\/new\/main$/);

  // A name that is taken is caught before CodeCommit is asked.
  const name = page.getByRole('textbox', { name: 'File name' });
  await name.fill('README.md');
  await page.getByRole('button', { name: 'Commit new file' }).click();
  await expect(page.getByText('README.md already exists here.')).toBeVisible();

  await name.fill('guides/first-day.md');
  await page.getByRole('textbox', { name: 'Contents of the new file' }).focus();
  const typed = '# First day\n\nCollect a badge at the front desk.\nMeet the team at ten.\n';
  await page.keyboard.type(typed);
  await page.getByLabel('Commit message').fill('Describe the first day');
  await page.getByRole('button', { name: 'Commit new file' }).click();

  await expect(page).toHaveURL(/\/blob\/main\/guides\/first-day\.md$/);
  await expect(
    page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main\./ }),
  ).toBeVisible();
  await expect(page.locator('.monaco-editor').getByText('Meet the team at ten.')).toBeVisible();

  const file = await readFile(consoleApp, 'handbook', 'guides/first-day.md');
  expect(file.content).toBe(typed);
  expect(await lastCommit(consoleApp, 'handbook', file.commitId)).toEqual({
    parents: [commitId],
    message: 'Describe the first day',
    changes: [['A', 'guides/first-day.md']],
  });
});

test('a developer uploads two files into a folder in one commit', async ({ page, consoleApp }) => {
  const { commitId } = await seedRepository(consoleApp, 'site', { 'assets/site.css': 'body {}\n' });
  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/site/tree/main/assets`);
  await page.getByRole('link', { name: 'Upload files' }).click();
  await expect(page.getByRole('heading', { name: 'Upload files' })).toBeVisible();

  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.getByLabel('choose them').setInputFiles([
    { name: 'logo.png', mimeType: 'image/png', buffer: png },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('keep it small\n') },
    { name: 'draft.txt', mimeType: 'text/plain', buffer: Buffer.from('not this one\n') },
  ]);
  const list = page.getByRole('list', { name: 'Files to upload' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  // Changed their mind about one of them.
  await list.getByRole('button', { name: 'Remove draft.txt' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('assets/logo.png');
  await expect(list).toContainText('assets/notes.txt');
  await page.getByLabel('Commit message').fill('Add the logo and a note');
  await page.getByRole('button', { name: 'Commit files' }).click();

  await expect(page).toHaveURL(/\/tree\/main\/assets$/);
  await expect(
    page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main: 2 files added\./ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'logo.png' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'notes.txt' })).toBeVisible();

  const client = consoleApp.client('developer');
  const logo = await client.send(
    new GetFileCommand({
      repositoryName: 'site',
      commitSpecifier: 'main',
      filePath: 'assets/logo.png',
    }),
  );
  expect(Buffer.from(logo.fileContent ?? new Uint8Array())).toEqual(png);
  expect((await readFile(consoleApp, 'site', 'assets/notes.txt')).content).toBe('keep it small\n');
  expect(await lastCommit(consoleApp, 'site', logo.commitId ?? '')).toEqual({
    parents: [commitId],
    message: 'Add the logo and a note',
    changes: [
      ['A', 'assets/logo.png'],
      ['A', 'assets/notes.txt'],
    ],
  });
});

test('a developer deletes a file, saying why, and the folder no longer lists it', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'handbook', {
    'docs/old-policy.md': '# Old policy\n',
    'docs/policy.md': '# Policy\n',
  });
  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/handbook/tree/main/docs`);
  await page.getByRole('link', { name: 'old-policy.md' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete docs/old-policy.md?' });
  await expect(dialog).toBeVisible();
  // Cancel first: nothing happens.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByLabel('Commit message').fill('Retire the old policy');
  await dialog.getByRole('button', { name: 'Delete file' }).click();

  await expect(page).toHaveURL(/\/tree\/main\/docs$/);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Deleted docs\/old-policy\.md in [0-9a-f]{7} on main\./ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'policy.md', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'old-policy.md' })).toHaveCount(0);

  const client = consoleApp.client('developer');
  await expect(
    client.send(
      new GetFileCommand({
        repositoryName: 'handbook',
        commitSpecifier: 'main',
        filePath: 'docs/old-policy.md',
      }),
    ),
  ).rejects.toBeInstanceOf(FileDoesNotExistException);
  const { commitId: tip } = await readFile(consoleApp, 'handbook', 'docs/policy.md');
  expect(await lastCommit(consoleApp, 'handbook', tip)).toEqual({
    parents: [commitId],
    message: 'Retire the old policy',
    changes: [['D', 'docs/old-policy.md']],
  });
});
