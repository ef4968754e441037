import {
  CreateBranchCommand,
  CreateCommitCommand,
  CreatePullRequestApprovalRuleCommand,
  CreatePullRequestCommand,
  UpdatePullRequestApprovalRuleContentCommand,
} from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

const rule = (numberOfApprovalsNeeded: number) =>
  JSON.stringify({
    Version: '2018-11-08',
    Statements: [{ Type: 'Approvers', NumberOfApprovalsNeeded: numberOfApprovalsNeeded }],
  });

test('one conversation: description, comments, rule changes, approvals, pushes and the merge', async ({
  browser,
  consoleApp,
}) => {
  const developerClient = consoleApp.client('developer');
  const { commitId: mainCommit } = await seedRepository(consoleApp, 'conversation-demo', {
    'plan.md': '# Plan\n\nShip it.\n',
  });
  await developerClient.send(
    new CreateBranchCommand({
      repositoryName: 'conversation-demo',
      branchName: 'plan-details',
      commitId: mainCommit,
    }),
  );
  const push = async (parentCommitId: string, content: string, commitMessage: string) =>
    (
      await developerClient.send(
        new CreateCommitCommand({
          repositoryName: 'conversation-demo',
          branchName: 'plan-details',
          parentCommitId,
          commitMessage,
          putFiles: [{ filePath: 'plan.md', fileContent: new TextEncoder().encode(content) }],
        }),
      )
    ).commitId ?? '';
  const first = await push(mainCommit, '# Plan\n\nShip it on Friday.\n', 'Say when');
  const { pullRequest } = await developerClient.send(
    new CreatePullRequestCommand({
      title: 'Say when we ship',
      description: 'The plan needs a **date**.',
      targets: [
        {
          repositoryName: 'conversation-demo',
          sourceReference: 'plan-details',
          destinationReference: 'main',
        },
      ],
    }),
  );
  const pullRequestId = pullRequest?.pullRequestId ?? '';
  await developerClient.send(
    new CreatePullRequestApprovalRuleCommand({
      pullRequestId,
      approvalRuleName: 'Reviewers',
      approvalRuleContent: rule(2),
    }),
  );
  await developerClient.send(
    new UpdatePullRequestApprovalRuleContentCommand({
      pullRequestId,
      approvalRuleName: 'Reviewers',
      newRuleContent: rule(1),
    }),
  );
  const address = `${consoleApp.url}/repositories/conversation-demo/pull-requests/${pullRequestId}`;

  // The reviewer finds everything on one page: the header says where the request stands.
  const admin = await (await browser.newContext()).newPage();
  await consoleApp.signIn(admin, 'admin');
  await admin.goto(address);
  const status = admin.getByRole('list', { name: 'Pull request status' });
  await expect(status.getByText('Awaiting approval (1 of 1 rule unmet)')).toBeVisible();
  await expect(status.getByText('No conflicts')).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Commits 1' })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Changes 1' })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Conversation 0' })).toBeVisible();
  const timeline = admin.getByRole('list', { name: 'Timeline' });
  await expect(
    admin.getByLabel('Description').locator('strong', { hasText: 'date' }),
  ).toBeVisible();
  await expect(timeline.getByText('developer opened this pull request')).toBeVisible();
  // Said once, in the timeline; the description card names its author instead.
  await expect(admin.getByText('opened this pull request')).toHaveCount(1);
  await expect(admin.getByLabel('Description')).toContainText('Description by developer');
  await expect(
    timeline.getByText('developer added the approval rule Reviewers (2 approvals from anyone)'),
  ).toBeVisible();
  await expect(
    timeline.getByText('developer changed the approval rule Reviewers (2 → 1 approvals)'),
  ).toBeVisible();
  await admin.getByRole('textbox', { name: 'Comment on the pull request' }).fill('Which Friday?');
  await admin.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(timeline.locator('.comment-thread').getByText('Which Friday?')).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Conversation 1' })).toBeVisible();

  // The author answers with a push; the reviewer sees it in the same timeline and approves.
  await push(first, '# Plan\n\nShip it on Friday the 13th.\n', 'Name the day');
  const developer = await (await browser.newContext()).newPage();
  await consoleApp.signIn(developer, 'developer');
  await developer.goto(address);
  const developerTimeline = developer.getByRole('list', { name: 'Timeline' });
  await expect(developerTimeline.getByText('Which Friday?')).toBeVisible();
  await expect(developerTimeline.getByText(/developer pushed new commits/)).toBeVisible();
  await expect(developer.getByRole('link', { name: 'Commits 2' })).toBeVisible();

  await admin.reload();
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(timeline.getByText('admin approved these changes')).toBeVisible();
  await expect(status.getByText('Approved')).toBeVisible();
  await admin.screenshot({ path: 'artifacts/review-conversation.png', fullPage: true });

  // The author merges; the merge closes the timeline for both of them.
  await developer.reload();
  await expect(
    developer.getByRole('list', { name: 'Pull request status' }).getByText('Approved'),
  ).toBeVisible();
  const merge = developer.getByRole('region', { name: 'Merge' });
  await merge.getByRole('radio', { name: /Fast-forward/ }).check();
  await merge.getByRole('button', { name: 'Merge pull request' }).click();
  await expect(
    developerTimeline.getByText(/developer merged into main by fast-forward/),
  ).toBeVisible();
  await admin.reload();
  await expect(timeline.getByText(/developer merged into main by fast-forward/)).toBeVisible();
  await expect(admin.getByRole('list', { name: 'Pull request status' })).toHaveCount(0);
});
