import { CreatePullRequestCommand, CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console.ts';
import { commitFiles, gitIn } from '../fixtures/seed.ts';

async function openPullRequest(page: Page, title: string) {
  await page.getByRole('link', { name: 'Pull requests' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('two people review each other’s pull requests: comment, reply, react, approve', async ({
  browser,
  consoleApp,
}) => {
  const work = await mkdtemp(join(tmpdir(), 'e2e-review-'));
  try {
    const { repositoryMetadata } = await consoleApp
      .client('developer')
      .send(new CreateRepositoryCommand({ repositoryName: 'review-demo' }));
    const cloneUrl = repositoryMetadata?.cloneUrlHttp ?? '';
    const developerGit = gitIn(consoleApp, 'developer', work);
    const adminGit = gitIn(consoleApp, 'admin', work);
    await developerGit('clone', '-q', cloneUrl, '.');
    await commitFiles(
      developerGit,
      work,
      { 'guide.md': '# Guide\n\nStep one.\nStep two.\n' },
      'Start the guide',
    );
    await developerGit('push', '-q', 'origin', 'HEAD:main');
    await developerGit('checkout', '-q', '-b', 'guide-steps');
    await commitFiles(
      developerGit,
      work,
      {
        'guide.md': '# Guide\n\nStep one, carefully.\nStep two.\nStep three.\n',
        'tips.md': 'Read the guide twice.\n',
      },
      'Add a third step',
    );
    await developerGit('push', '-q', 'origin', 'guide-steps');
    await adminGit('checkout', '-q', '-b', 'license', 'main');
    await commitFiles(adminGit, work, { LICENSE: 'MIT\n' }, 'Add a license');
    await adminGit('push', '-q', 'origin', 'license');
    await consoleApp.client('admin').send(
      new CreatePullRequestCommand({
        title: 'Add a license',
        targets: [
          {
            repositoryName: 'review-demo',
            sourceReference: 'license',
            destinationReference: 'main',
          },
        ],
      }),
    );

    // The developer opens a pull request from the browser, seeing the changes first.
    const developer = await (await browser.newContext()).newPage();
    await consoleApp.signIn(developer, 'developer');
    await developer.goto(`${consoleApp.url}/repositories/review-demo`);
    await developer.getByRole('link', { name: 'Pull requests' }).click();
    await developer.getByRole('link', { name: 'New pull request' }).first().click();
    await developer.getByLabel('Source').selectOption('guide-steps');
    await expect(developer.getByText('No conflicts')).toBeVisible();
    await expect(developer.getByLabel('Changed files').getByText('guide.md')).toBeVisible();
    await developer.getByLabel('Title').fill('Explain the steps better');
    await developer.getByRole('textbox', { name: 'Description' }).fill('Adds a **third** step.');
    await developer.getByRole('tab', { name: 'Preview' }).click();
    await expect(
      developer.getByLabel('Description preview').locator('strong', { hasText: 'third' }),
    ).toBeVisible();
    await developer.getByRole('button', { name: 'Create pull request' }).click();
    await expect(
      developer.getByRole('heading', { name: 'Explain the steps better' }),
    ).toBeVisible();

    // The admin comments on a line of the new version, reacts and approves.
    const admin = await (await browser.newContext()).newPage();
    await consoleApp.signIn(admin, 'admin');
    await admin.goto(`${consoleApp.url}/repositories/review-demo`);
    await openPullRequest(admin, 'Explain the steps better');
    await admin.getByRole('link', { name: 'Changes' }).click();
    await expect(admin.getByRole('heading', { name: 'guide.md' })).toBeVisible();
    await admin.locator('.editor.modified .line-numbers').getByText('5', { exact: true }).click();
    await expect(admin.getByText('Comment on line 5 of the new version')).toBeVisible();
    await admin.getByRole('textbox', { name: 'New comment' }).fill('Is step three *needed*?');
    await admin.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = admin.locator('.comment-thread').filter({ hasText: 'Is step three' });
    await expect(thread.getByText('guide.md, line 5 (new)')).toBeVisible();
    await admin.getByRole('link', { name: 'Conversation' }).click();
    await admin.getByRole('button', { name: 'Approve' }).click();
    await expect(admin.getByRole('button', { name: 'Revoke approval' })).toBeVisible();
    await expect(admin.getByText('Approved by admin.')).toBeVisible();

    // The developer sees the comment in the activity, replies and reacts.
    await developer.reload();
    await developer.getByRole('link', { name: 'Conversation' }).click();
    const devThread = developer.locator('.comment-thread').filter({ hasText: 'Is step three' });
    await expect(devThread.locator('em', { hasText: 'needed' })).toBeVisible();
    await expect(developer.getByText('admin approved these changes')).toBeVisible();
    await devThread.getByRole('button', { name: 'Add a reaction' }).click();
    await devThread.getByRole('menuitem', { name: 'Thumbs up' }).click();
    await expect(
      devThread.getByRole('button', { name: 'Thumbs up: 1, including you' }),
    ).toBeVisible();
    await devThread.getByRole('button', { name: 'Reply' }).click();
    await devThread.getByRole('textbox', { name: 'Reply' }).fill('Yes: it covers the cleanup.');
    await devThread.getByRole('button', { name: 'Reply', exact: true }).last().click();
    await expect(devThread.getByText('Yes: it covers the cleanup.')).toBeVisible();
    // The conversation carries the approvals: the author is told why there is no Approve.
    await expect(
      developer.getByText('Authors cannot approve their own pull request.'),
    ).toBeVisible();

    // The developer reviews the admin's pull request in return.
    await openPullRequest(developer, 'Add a license');
    await developer
      .getByRole('textbox', { name: 'Comment on the pull request' })
      .fill('Thanks, looks right.');
    await developer.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(
      developer.locator('.comment-thread').getByText('Thanks, looks right.'),
    ).toBeVisible();
    await developer.getByRole('button', { name: 'Approve' }).click();
    await expect(developer.getByText('Approved by developer.')).toBeVisible();

    // The admin sees the reply and the reaction; the list shows both pull requests.
    await admin.goto(`${consoleApp.url}/repositories/review-demo/pull-requests`);
    await expect(admin.getByRole('link', { name: 'Add a license' })).toBeVisible();
    await admin.getByRole('checkbox', { name: 'Mine' }).check();
    await expect(admin.getByRole('link', { name: 'Explain the steps better' })).toHaveCount(0);
    await admin.getByRole('link', { name: 'Add a license' }).click();
    await admin.getByRole('link', { name: 'Conversation' }).click();
    await expect(admin.getByText('developer approved these changes')).toBeVisible();
    await admin.goto(`${consoleApp.url}/repositories/review-demo/pull-requests`);
    await openPullRequest(admin, 'Explain the steps better');
    await admin.getByRole('link', { name: 'Conversation' }).click();
    const adminThread = admin.locator('.comment-thread').filter({ hasText: 'Is step three' });
    await expect(adminThread.getByText('Yes: it covers the cleanup.')).toBeVisible();
    await expect(adminThread.getByRole('button', { name: 'Thumbs up: 1' })).toBeVisible();
    await admin.screenshot({ path: 'artifacts/review-activity.png', fullPage: true });
    await admin.getByRole('link', { name: 'Changes' }).click();
    await expect(admin.locator('.monaco-diff-editor')).toBeVisible();
    await admin.screenshot({ path: 'artifacts/review-changes.png', fullPage: true });

    // Viewed marks stay across visits; n and p move between files; the filter narrows the tree.
    await admin.getByRole('checkbox', { name: 'Viewed guide.md' }).check();
    await expect(admin.getByText('2 changed files · 1 viewed')).toBeVisible();
    await admin.keyboard.press('n');
    await expect(admin.getByRole('heading', { name: 'tips.md' })).toBeVisible();
    await admin.keyboard.press('p');
    await expect(admin.getByRole('heading', { name: 'guide.md' })).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole('checkbox', { name: 'Viewed guide.md' })).toBeChecked();
    await admin.getByRole('searchbox', { name: 'Filter changed files' }).fill('tips');
    await expect(admin.getByRole('checkbox', { name: 'Viewed guide.md' })).toHaveCount(0);
    await expect(admin.getByRole('checkbox', { name: 'Viewed tips.md' })).toBeVisible();

    // The reader sees everything and no control to change it.
    const reader = await (await browser.newContext()).newPage();
    await consoleApp.signIn(reader, 'reader');
    await reader.goto(`${consoleApp.url}/repositories/review-demo/pull-requests`);
    await expect(reader.getByRole('link', { name: 'Explain the steps better' })).toBeVisible();
    await expect(reader.getByRole('link', { name: 'New pull request' })).toHaveCount(0);
    await reader.getByRole('link', { name: 'Explain the steps better' }).click();
    await expect(reader.getByText('Approved by admin.')).toBeVisible();
    await expect(
      reader.getByRole('button', { name: /Approve|Close pull request|Reply|Add approval rule/ }),
    ).toHaveCount(0);
    await expect(reader.getByRole('textbox')).toHaveCount(0);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
