import {
  BatchAssociateApprovalRuleTemplateWithRepositoriesCommand,
  CreateApprovalRuleTemplateCommand,
  CreateRepositoryCommand,
  ListApprovalRuleTemplatesCommand,
  ListAssociatedApprovalRuleTemplatesForRepositoryCommand,
} from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleFixture, type DemoUserName } from '../fixtures/console.ts';

const templateContent = JSON.stringify({
  Version: '2018-11-08',
  Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: 1 }],
});

async function seedTemplate(consoleApp: ConsoleFixture, repositoryNames: string[]) {
  const admin = consoleApp.client('admin');
  await admin.send(
    new CreateApprovalRuleTemplateCommand({
      approvalRuleTemplateName: 'One reviewer',
      approvalRuleTemplateContent: templateContent,
    }),
  );
  for (const repositoryName of repositoryNames)
    await admin.send(new CreateRepositoryCommand({ repositoryName }));
  await admin.send(
    new BatchAssociateApprovalRuleTemplateWithRepositoriesCommand({
      approvalRuleTemplateName: 'One reviewer',
      repositoryNames,
    }),
  );
}

/** Signs in and waits for the template permission probe, so an absent control means something. */
async function signInKnowingPermissions(
  page: Page,
  consoleApp: ConsoleFixture,
  user: DemoUserName,
) {
  const answer = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/approval-rule-templates/permissions',
  );
  await consoleApp.signIn(page, user);
  expect((await answer).ok()).toBe(true);
}

test('the Admin area follows IAM: hidden from a reader, read-only by its address', async ({
  browser,
  consoleApp,
}) => {
  await seedTemplate(consoleApp, ['service-a']);

  const reader = await (await browser.newContext()).newPage();
  await signInKnowingPermissions(reader, consoleApp, 'reader');
  const main = reader.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Repositories' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await reader.goto(`${consoleApp.url}/admin/approval-rule-templates/One%20reviewer`);
  await expect(reader.getByRole('note', { name: 'Read-only' })).toContainText(
    'Your IAM policy does not allow you to change approval rule templates or triggers',
  );
  await expect(reader.getByRole('heading', { name: 'One reviewer' })).toBeVisible();
  await expect(reader.getByRole('checkbox', { name: 'service-a' })).toBeDisabled();
  await expect(reader.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: 'Save associations' })).toHaveCount(0);

  // A developer may change templates but not delete them, and is told so.
  const developer = await (await browser.newContext()).newPage();
  await signInKnowingPermissions(developer, consoleApp, 'developer');
  await developer
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Admin' })
    .click();
  await expect(developer.getByRole('note', { name: 'Read-only' })).toHaveCount(0);
  await developer.getByRole('link', { name: 'One reviewer' }).click();
  await expect(developer.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expect(
    developer.getByText(
      'Your IAM policy does not allow deleting templates (codecommit:DeleteApprovalRuleTemplate).',
    ),
  ).toBeVisible();
});

test('deleting a template still in use names its repositories and disassociates them first', async ({
  page,
  consoleApp,
}) => {
  await seedTemplate(consoleApp, ['service-a', 'service-b']);
  await signInKnowingPermissions(page, consoleApp, 'admin');
  await page.goto(`${consoleApp.url}/admin/approval-rule-templates/One%20reviewer`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete the template' });
  const named = dialog.getByRole('list', { name: 'Associated repositories to disassociate' });
  await expect(named.getByRole('listitem')).toHaveText(['service-a', 'service-b']);
  await page.screenshot({ path: 'artifacts/template-delete.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Disassociate 2 and delete' }).click();
  await expect(page).toHaveURL(/\/admin\/approval-rule-templates$/);
  await expect(page.getByRole('link', { name: 'One reviewer' })).toHaveCount(0);

  const admin = consoleApp.client('admin');
  const { approvalRuleTemplateNames } = await admin.send(new ListApprovalRuleTemplatesCommand({}));
  expect(approvalRuleTemplateNames).toEqual([]);
  for (const repositoryName of ['service-a', 'service-b']) {
    const associated = await admin.send(
      new ListAssociatedApprovalRuleTemplatesForRepositoryCommand({ repositoryName }),
    );
    expect(associated.approvalRuleTemplateNames).toEqual([]);
  }
});
