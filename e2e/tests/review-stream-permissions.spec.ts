import { PostCommentForPullRequestCommand } from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';
import { seedPullRequest, type SeededPullRequest } from '../fixtures/pull-request-seed.ts';
import type { ConsoleFixture, DemoUserName } from '../fixtures/console.ts';

async function commentOnFile(
  consoleApp: ConsoleFixture,
  user: DemoUserName,
  seeded: SeededPullRequest,
  content: string,
) {
  const { afterCommitId, beforeCommitId } = seeded;
  await consoleApp.client(user).send(
    new PostCommentForPullRequestCommand({
      pullRequestId: seeded.pullRequestId,
      repositoryName: seeded.repositoryName,
      beforeCommitId,
      afterCommitId,
      content,
      location: { filePath: 'notes.md', filePosition: 1, relativeFileVersion: 'AFTER' },
    }),
  );
}

test('Delete on a comment follows DeleteCommentContent: refused for a developer, offered to the admin', async ({
  browser,
  consoleApp,
}) => {
  const seeded = await seedPullRequest(consoleApp, {
    repositoryName: 'comment-delete',
    title: 'Write notes',
    base: { 'notes.md': 'first\n' },
    changes: { 'notes.md': 'first, revised\n' },
  });
  await commentOnFile(consoleApp, 'developer', seeded, 'Developer’s note');
  await commentOnFile(consoleApp, 'admin', seeded, 'Admin’s note');
  const changes = `${consoleApp.url}/repositories/${seeded.repositoryName}/pull-requests/${seeded.pullRequestId}/changes`;

  // AWSCodeCommitPowerUser may edit its own comment but not delete it: Delete says why.
  const developer = await (await browser.newContext()).newPage();
  await consoleApp.signIn(developer, 'developer');
  await developer.goto(changes);
  const own = developer.getByRole('article', { name: 'Comment by developer' });
  await expect(own.getByRole('button', { name: 'Edit' })).toBeEnabled();
  const refused = own.getByRole('button', { name: 'Delete' });
  await expect(refused).toBeDisabled();
  await expect(refused).toHaveAccessibleDescription(
    'Your IAM policy does not allow deleting comments (codecommit:DeleteCommentContent).',
  );

  // AWSCodeCommitFullAccess may: the admin deletes their own comment after confirming.
  const admin = await (await browser.newContext()).newPage();
  await consoleApp.signIn(admin, 'admin');
  await admin.goto(changes);
  const adminComment = admin.getByRole('article', { name: 'Comment by admin' });
  admin.once('dialog', (dialog) => void dialog.accept());
  await adminComment.getByRole('button', { name: 'Delete' }).click();
  await expect(adminComment.getByText('This comment was deleted.')).toBeVisible();
});
