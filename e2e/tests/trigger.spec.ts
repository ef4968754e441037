import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { commitFiles, gitIn } from '../fixtures/seed.ts';

test('a trigger is created, tested, and a push shows its delivery', async ({
  page,
  consoleApp,
}) => {
  const work = await mkdtemp(join(tmpdir(), 'e2e-trigger-'));
  const git = gitIn(consoleApp, 'developer', work);
  try {
    const { repositoryMetadata } = await consoleApp
      .client('developer')
      .send(new CreateRepositoryCommand({ repositoryName: 'notified' }));
    await git('clone', '-q', repositoryMetadata?.cloneUrlHttp ?? '', '.');
    await commitFiles(git, work, { 'a.txt': 'a\n' }, 'First');
    await git('push', '-q', 'origin', 'HEAD:main');

    await consoleApp.signIn(page, 'developer');
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('link', { name: 'Triggers' }).click();
    await page.getByRole('combobox', { name: 'Repository', exact: true }).selectOption('notified');
    await expect(page.getByText('No triggers')).toBeVisible();
    await page.getByRole('button', { name: 'New trigger' }).click();
    const form = page.getByRole('form', { name: 'New trigger' });
    await form.getByLabel('Trigger name').fill('builds');
    await form.getByLabel('Destination ARN').fill('arn:aws:s3:::builds');
    await expect(form.getByText(/^Use an SNS topic ARN/)).toBeVisible();
    await expect(form.getByRole('button', { name: 'Create trigger' })).toBeDisabled();
    await form.getByLabel('Destination ARN').fill('arn:aws:sns:us-east-1:123456789012:builds');
    await expect(
      form.getByText('SNS topic builds in us-east-1, account 123456789012'),
    ).toBeVisible();
    await form.getByLabel('Branches').fill('main');
    await form.getByLabel('Custom data').fill('from the console');
    await form.getByRole('button', { name: 'Create trigger' }).click();

    const triggers = page.getByRole('table', { name: 'Triggers' });
    await expect(triggers.getByRole('cell', { name: 'builds', exact: true })).toBeVisible();
    await triggers.getByRole('button', { name: 'Test' }).click();
    await expect(page.getByText('Test of builds sent.')).toBeVisible();
    const deliveries = page.getByRole('table', { name: 'Trigger deliveries' });
    await expect(deliveries.getByRole('row', { name: /TriggerEventTest on main/ })).toBeVisible();

    await commitFiles(git, work, { 'a.txt': 'a, again\n' }, 'Second');
    await git('push', '-q', 'origin', 'HEAD:main');
    await expect(
      deliveries.getByRole('row', { name: /ReferenceChanges on main .* recorded$/ }),
    ).toBeVisible();
    // The same push went out as CodeCommit's EventBridge event, listed beside the deliveries.
    const events = page.getByRole('table', { name: 'EventBridge events' });
    await expect(
      events.getByRole('row', {
        name: /CodeCommit Repository State Change referenceUpdated on main .* recorded$/,
      }),
    ).toBeVisible();
    await expect(
      events.getByRole('row', {
        name: /CodeCommit Repository State Change referenceCreated on main .* recorded$/,
      }),
    ).toBeVisible();
    await page.screenshot({ path: 'artifacts/trigger-deliveries.png', fullPage: true });

    // Editing changes the events; all other settings stay.
    await triggers.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit trigger builds' });
    await expect(edit.getByLabel('Custom data')).toHaveValue('from the console');
    await edit.getByRole('checkbox', { name: 'Push to existing branch' }).check();
    await edit.getByRole('checkbox', { name: 'Delete branch or tag' }).check();
    await edit.getByRole('button', { name: 'Save trigger' }).click();
    await expect(triggers.getByRole('cell', { name: 'push, delete', exact: true })).toBeVisible();
    await expect(triggers.getByRole('cell', { name: 'main', exact: true })).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
