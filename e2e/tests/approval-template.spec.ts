import { CreatePullRequestCommand, CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { commitFiles, gitIn } from '../fixtures/seed.ts';

test('a template’s rule blocks merging until it is satisfied', async ({ browser, consoleApp }) => {
  const work = await mkdtemp(join(tmpdir(), 'e2e-template-'));
  const git = gitIn(consoleApp, 'developer', work);
  try {
    const developerClient = consoleApp.client('developer');
    const { repositoryMetadata } = await developerClient.send(
      new CreateRepositoryCommand({ repositoryName: 'guarded' }),
    );
    await git('clone', '-q', repositoryMetadata?.cloneUrlHttp ?? '', '.');
    await commitFiles(git, work, { 'app.txt': 'v1\n' }, 'v1');
    await git('push', '-q', 'origin', 'HEAD:main');
    await git('checkout', '-q', '-b', 'v2');
    await commitFiles(git, work, { 'app.txt': 'v2\n' }, 'v2');
    await git('push', '-q', 'origin', 'v2');

    // The admin writes a template for main and associates the repository.
    const admin = await (await browser.newContext()).newPage();
    await consoleApp.signIn(admin, 'admin');
    await admin.getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('button', { name: 'New template' }).click();
    const form = admin.getByRole('form', { name: 'New approval rule template' });
    await form.getByLabel('Template name').fill('Needs a reviewer');
    await form.getByLabel('Description').fill('Every change to main is read by someone else.');
    await form.getByLabel('Approvals needed').fill('1');
    await form.getByLabel('Destination branches').fill('main');
    await form.getByRole('button', { name: 'Create template' }).click();
    await expect(admin.getByRole('heading', { name: 'Needs a reviewer' })).toBeVisible();
    await expect(admin.getByText('1 approval from anyone on main')).toBeVisible();
    await admin.getByRole('checkbox', { name: 'guarded' }).check();
    await admin.getByRole('button', { name: 'Save associations' }).click();
    await expect(admin.getByRole('button', { name: 'Save associations' })).toBeDisabled();
    await admin.screenshot({ path: 'artifacts/approval-template.png', fullPage: true });

    // A pull request into main now carries the rule, and cannot be merged yet.
    await developerClient.send(
      new CreatePullRequestCommand({
        title: 'Ship v2',
        targets: [
          { repositoryName: 'guarded', sourceReference: 'v2', destinationReference: 'main' },
        ],
      }),
    );
    const developer = await (await browser.newContext()).newPage();
    await consoleApp.signIn(developer, 'developer');
    await developer.goto(`${consoleApp.url}/repositories/guarded/pull-requests`);
    await expect(developer.getByText('1 of 1 rule not met')).toBeVisible();
    await developer.getByRole('link', { name: 'Ship v2' }).click();
    const rules = developer.getByRole('list', { name: 'Approval rules' });
    await expect(rules.getByText('from template Needs a reviewer')).toBeVisible();
    await expect(rules.getByText('not met: 1 more approval needed')).toBeVisible();
    await expect(
      developer.getByText('Merging waits for the approval rules: Needs a reviewer is not met yet.'),
    ).toBeVisible();
    await expect(developer.getByRole('button', { name: 'Merge pull request' })).toBeDisabled();

    // A developer may not delete the template, and is told why.
    await developer.goto(`${consoleApp.url}/admin/approval-rule-templates/Needs%20a%20reviewer`);
    await expect(developer.getByRole('heading', { name: 'Needs a reviewer' })).toBeVisible();
    await expect(developer.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(developer.getByRole('button', { name: 'Delete' })).toBeDisabled();

    // The admin approves; the rule is met and the developer merges.
    await admin.goto(`${consoleApp.url}/repositories/guarded/pull-requests`);
    await admin.getByRole('link', { name: 'Ship v2' }).click();
    await admin.getByRole('button', { name: 'Approve' }).click();
    await expect(admin.getByText('All 1 approval rule is met')).toBeVisible();

    await developer.goto(`${consoleApp.url}/repositories/guarded/pull-requests`);
    await expect(developer.getByText('Approved', { exact: true })).toBeVisible();
    await developer.getByRole('link', { name: 'Ship v2' }).click();
    await expect(developer.getByText('Merging waits for the approval rules')).toHaveCount(0);
    await developer.getByRole('button', { name: 'Merge pull request' }).click();
    await expect(developer.getByText('Merged.', { exact: true })).toBeVisible();
    await expect(developer.locator('.pull-request-byline').getByText('Merged')).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
