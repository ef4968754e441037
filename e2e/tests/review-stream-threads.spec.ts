import { CreateCommitCommand } from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedPullRequest } from '../fixtures/pull-request-seed.ts';

test('line threads sit under their line in split and unified views; an older one links its revision', async ({
  browser,
  consoleApp,
}) => {
  const seeded = await seedPullRequest(consoleApp, {
    repositoryName: 'line-threads',
    title: 'Tidy the steps',
    base: { 'steps.md': 'first\nsecond\nthird\n' },
    changes: { 'steps.md': 'first\nsecond, briefly\nthird\nfourth\n' },
    user: 'admin',
  });
  const changes = `${consoleApp.url}/repositories/${seeded.repositoryName}/pull-requests/${seeded.pullRequestId}/changes`;

  // The developer comments on line 2 of each side; each thread opens under its line.
  const developer = await (await browser.newContext()).newPage();
  await consoleApp.signIn(developer, 'developer');
  await developer.goto(changes);
  const file = developer.getByRole('region', { name: 'Changes to steps.md' });
  await file.locator('.editor.modified .line-numbers').getByText('2', { exact: true }).click();
  const zone = file.locator('.editor.modified .diff-editor-zone');
  await zone.getByRole('textbox', { name: 'New comment' }).fill('Say *why* it is brief.');
  await zone.getByRole('button', { name: 'Comment', exact: true }).click();
  const newThread = zone.locator('.comment-thread').filter({ hasText: 'Say why it is brief.' });
  await expect(newThread.locator('em', { hasText: 'why' })).toBeVisible();
  await file.locator('.editor.original .line-numbers').getByText('2', { exact: true }).click();
  const oldZone = file.locator('.editor.original .diff-editor-zone');
  await oldZone.getByRole('textbox', { name: 'New comment' }).fill('The old wording was clearer.');
  await oldZone.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(oldZone.getByText('The old wording was clearer.')).toBeVisible();

  // The author replies in the thread, in the unified view.
  const admin = await (await browser.newContext()).newPage();
  await consoleApp.signIn(admin, 'admin');
  await admin.goto(`${changes}?view=unified`);
  const adminFile = admin.getByRole('region', { name: 'Changes to steps.md' });
  const adminThread = adminFile
    .locator('.diff-editor-zone .comment-thread')
    .filter({ hasText: 'Say why it is brief.' });
  await expect(adminThread).toBeVisible();
  await expect(
    adminFile.locator('.diff-editor-zone').getByText('The old wording was clearer.'),
  ).toBeVisible();
  await adminThread.getByRole('button', { name: 'Reply' }).click();
  await adminThread.getByRole('textbox', { name: 'Reply' }).fill('It says enough.');
  await adminThread.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(adminThread.getByText('It says enough.')).toBeVisible();
  await admin.screenshot({ path: 'artifacts/review-stream-threads.png', fullPage: true });

  // A new push changes the line: the thread stays with its own commit, one click from it.
  await consoleApp.client('admin').send(
    new CreateCommitCommand({
      repositoryName: seeded.repositoryName,
      branchName: 'feature',
      parentCommitId: seeded.afterCommitId,
      commitMessage: 'Reword the second step',
      putFiles: [
        {
          filePath: 'steps.md',
          fileContent: new TextEncoder().encode('first\nsecond, with reasons\nthird\nfourth\n'),
        },
      ],
    }),
  );
  await developer.reload();
  const earlier = developer
    .locator('.file-diff-comments .comment-thread')
    .filter({ hasText: 'Say why it is brief.' });
  await expect(earlier.getByText(/an earlier revision/)).toBeVisible();
  await expect(earlier.getByText('It says enough.')).toBeVisible();
  await earlier.getByRole('link', { name: 'open that revision' }).click();
  await expect(developer).toHaveURL(new RegExp(`/blob/${seeded.afterCommitId}/steps\\.md$`));
  await expect(developer.getByText('second, briefly')).toBeVisible();
});
