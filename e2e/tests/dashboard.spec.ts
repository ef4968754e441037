import { CreatePullRequestApprovalRuleCommand } from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleFixture } from '../fixtures/console.ts';
import { seedPullRequest } from '../fixtures/pull-request-seed.ts';

/** A pull request by the developer, one commit ahead of main, that waits for the admin's approval. */
async function seedAwaitingAdmin(
  consoleApp: ConsoleFixture,
  repositoryName: string,
  title: string,
) {
  const { pullRequestId } = await seedPullRequest(consoleApp, {
    repositoryName,
    title,
    base: { 'README.md': '# Hi\n' },
    changes: { 'README.md': '# Hello\n' },
    sourceReference: 'change',
  });
  await consoleApp.client('developer').send(
    new CreatePullRequestApprovalRuleCommand({
      pullRequestId,
      approvalRuleName: 'Admin reads it',
      approvalRuleContent: JSON.stringify({
        Version: '2018-11-08',
        Statements: [
          {
            Type: 'Approvers',
            NumberOfApprovalsNeeded: 1,
            ApprovalPoolMembers: ['CodeCommitApprovers:*:admin'],
          },
        ],
      }),
    }),
  );
  return pullRequestId;
}

const openDashboard = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { name: 'Your pull requests' })).toBeVisible();
};

test('both people find their work on the dashboard, across repositories', async ({
  browser,
  consoleApp,
}) => {
  await seedAwaitingAdmin(consoleApp, 'web-shop', 'Greet warmly');
  await seedAwaitingAdmin(consoleApp, 'api-gateway', 'Greet the API');

  // The admin is in both pools: both wait for them, across the two repositories.
  const admin = await (await browser.newContext()).newPage();
  await consoleApp.signIn(admin, 'admin');
  await openDashboard(admin);
  const awaiting = admin.getByRole('list', { name: 'Awaiting your approval' });
  await expect(awaiting.getByRole('link')).toHaveText(['Greet the API', 'Greet warmly']);
  await expect(awaiting).toContainText('web-shop');
  await expect(awaiting).toContainText('api-gateway');

  // Filtering by repository keeps the choice in the address.
  await admin.getByLabel('Repository').selectOption('web-shop');
  await expect(admin).toHaveURL(/repository=web-shop/);
  await expect(awaiting.getByRole('link')).toHaveText(['Greet warmly']);

  // The admin approves and comments; the pull request leaves their list.
  await awaiting.getByRole('link', { name: 'Greet warmly' }).click();
  await admin.getByRole('textbox', { name: 'Comment on the pull request' }).fill('Warm enough.');
  await admin.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(admin.locator('.comment-thread').getByText('Warm enough.')).toBeVisible();
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByText('Approved by admin.')).toBeVisible();
  await openDashboard(admin);
  await expect(admin.getByLabel('Repository')).toHaveValue('');
  await expect(awaiting.getByRole('link')).toHaveText(['Greet the API']);
  await admin.screenshot({ path: 'artifacts/dashboard-admin.png', fullPage: true });

  // The developer sees their own two, the approval state, and the admin's comment as new.
  const developer = await (await browser.newContext()).newPage();
  await consoleApp.signIn(developer, 'developer');
  await openDashboard(developer);
  const mine = developer.getByRole('list', { name: 'Your open pull requests' });
  const warm = mine.getByRole('listitem').filter({ hasText: 'Greet warmly' });
  await expect(warm.getByText('Approved')).toBeVisible();
  await expect(warm.getByText('1 new comment')).toBeVisible();
  const api = mine.getByRole('listitem').filter({ hasText: 'Greet the API' });
  await expect(api.getByText('1 of 1 rule not met')).toBeVisible();
  await expect(developer.getByText('Nothing waits for your approval.')).toBeVisible();

  // Once read, the comment is no longer new; once merged, it shows as merged.
  await warm.getByRole('link', { name: 'Greet warmly' }).click();
  await expect(developer.locator('.comment-thread').getByText('Warm enough.')).toBeVisible();
  await developer
    .getByRole('region', { name: 'Merge' })
    .getByRole('button', { name: 'Merge pull request' })
    .click();
  await expect(developer.getByText(/merged into main/)).toBeVisible();
  await openDashboard(developer);
  await expect(mine.getByRole('link')).toHaveText(['Greet the API']);
  await expect(
    developer.getByRole('list', { name: 'Recently merged' }).getByRole('link'),
  ).toHaveText(['Greet warmly']);
  await developer.getByRole('searchbox', { name: 'Filter pull requests' }).fill('nothing like it');
  await expect(developer.getByText('You have no open pull requests.')).toBeVisible();
  await developer.screenshot({ path: 'artifacts/dashboard-developer.png', fullPage: true });
});
