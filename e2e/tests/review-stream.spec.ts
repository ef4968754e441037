import { CreateCommitCommand, GetFileCommand } from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console.ts';
import { seedPullRequest } from '../fixtures/pull-request-seed.ts';

async function suggest(page: Page, line: string, replacement: string, words: string) {
  const file = page.getByRole('region', { name: 'Changes to setup.md' });
  await file.locator('.monaco-editor .line-numbers').getByText(line, { exact: true }).click();
  const zone = file.locator('.diff-editor-zone').filter({
    has: page.getByRole('form', { name: 'New comment' }),
  });
  await zone.getByRole('button', { name: 'Suggest a change' }).click();
  const box = zone.getByRole('textbox', { name: 'New comment' });
  await expect(box).toHaveValue(/^```suggestion\n/);
  await box.fill(`${words}\n\`\`\`suggestion\n${replacement}\n\`\`\`\n`);
  await zone.getByRole('button', { name: 'Comment', exact: true }).click();
}

test('a reviewer suggests a change on a line; the author applies it as a commit, a stale one is refused', async ({
  browser,
  consoleApp,
}) => {
  const seeded = await seedPullRequest(consoleApp, {
    repositoryName: 'suggestions',
    title: 'Write the setup guide',
    base: { 'README.md': '# Project\n' },
    changes: { 'setup.md': 'Install it.\nRun it twice.\nDone.\n' },
    user: 'admin',
  });
  const changes = `${consoleApp.url}/repositories/${seeded.repositoryName}/pull-requests/${seeded.pullRequestId}/changes`;

  // The developer reviews: two suggestions on lines of the new file.
  const developer = await (await browser.newContext()).newPage();
  await consoleApp.signIn(developer, 'developer');
  await developer.goto(changes);
  await suggest(developer, '2', 'Run it once.', 'Once is enough.');
  const file = developer.getByRole('region', { name: 'Changes to setup.md' });
  await expect(file.getByText('Once is enough.')).toBeVisible();
  await suggest(developer, '3', 'Done: it works.', 'Say what done means.');
  await expect(file.getByText('Say what done means.')).toBeVisible();

  // The author applies the first with one click: a commit on the source branch.
  const admin = await (await browser.newContext()).newPage();
  await consoleApp.signIn(admin, 'admin');
  await admin.goto(changes);
  const adminFile = admin.getByRole('region', { name: 'Changes to setup.md' });
  const first = adminFile.locator('.diff-editor-zone').filter({ hasText: 'Once is enough.' });
  await first.getByRole('button', { name: 'Apply suggestion' }).click();
  await expect(adminFile.locator('.monaco-editor .view-lines')).toContainText('Run it once.');
  const { fileContent } = await consoleApp.client('admin').send(
    new GetFileCommand({
      repositoryName: seeded.repositoryName,
      commitSpecifier: 'feature',
      filePath: 'setup.md',
    }),
  );
  expect(new TextDecoder().decode(fileContent)).toBe('Install it.\nRun it once.\nDone.\n');
  await admin.screenshot({ path: 'artifacts/review-stream-suggestion.png', fullPage: true });

  // Someone pushes meanwhile: applying on the old commit is refused and says so.
  const developerView = developer.getByRole('region', { name: 'Changes to setup.md' });
  const { commitId } = await consoleApp.client('admin').send(
    new CreateCommitCommand({
      repositoryName: seeded.repositoryName,
      branchName: 'feature',
      parentCommitId: (
        await consoleApp.client('admin').send(
          new GetFileCommand({
            repositoryName: seeded.repositoryName,
            commitSpecifier: 'feature',
            filePath: 'setup.md',
          }),
        )
      ).commitId,
      commitMessage: 'Add a note',
      putFiles: [{ filePath: 'NOTE.md', fileContent: new TextEncoder().encode('Note.\n') }],
    }),
  );
  expect(commitId).toBeTruthy();
  const second = developerView
    .locator('.diff-editor-zone')
    .filter({ hasText: 'Say what done means.' });
  await second.getByRole('button', { name: 'Apply suggestion' }).click();
  await expect(second.getByRole('alert')).toContainText(
    'has moved on since this diff was loaded, so nothing was committed',
  );
  await expect(second.getByText('Done: it works.')).toBeVisible();
});
