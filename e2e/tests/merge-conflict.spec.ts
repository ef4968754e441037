import {
  CreatePullRequestCommand,
  CreateRepositoryCommand,
  GetFileCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { commitFiles, gitIn } from '../fixtures/seed.ts';

test('a conflict is resolved in the browser and the pull request merged', async ({
  page,
  consoleApp,
}) => {
  const work = await mkdtemp(join(tmpdir(), 'e2e-conflict-'));
  const git = gitIn(consoleApp, 'developer', work);
  const commit = (files: Record<string, string>, message: string) =>
    commitFiles(git, work, files, message);
  try {
    const client = consoleApp.client('developer');
    const { repositoryMetadata } = await client.send(
      new CreateRepositoryCommand({ repositoryName: 'conflicted' }),
    );
    await git('clone', '-q', repositoryMetadata?.cloneUrlHttp ?? '', '.');
    await commit({ 'story.txt': 'once\nupon\na time\n', 'title.txt': 'A story\n' }, 'Begin');
    await git('push', '-q', 'origin', 'HEAD:main');
    await git('checkout', '-q', '-b', 'rewrite');
    await commit({ 'story.txt': 'once\nUPON\na time\n', 'title.txt': 'A LOUD story\n' }, 'Shout');
    await git('push', '-q', 'origin', 'rewrite');
    await git('checkout', '-q', 'main');
    await commit(
      { 'story.txt': 'once\nupon, long ago,\na time\n', 'title.txt': 'An old story\n' },
      'Age it',
    );
    await git('push', '-q', 'origin', 'main');
    await client.send(
      new CreatePullRequestCommand({
        title: 'Rewrite the story',
        targets: [
          {
            repositoryName: 'conflicted',
            sourceReference: 'rewrite',
            destinationReference: 'main',
          },
        ],
      }),
    );

    await consoleApp.signIn(page, 'admin');
    await page.goto(`${consoleApp.url}/repositories/conflicted/pull-requests`);
    await page.getByRole('link', { name: 'Rewrite the story' }).click();
    const merge = page.getByRole('region', { name: 'Merge' });
    await expect(merge.getByText('2 files conflict')).toBeVisible();
    await expect(merge.getByRole('radio', { name: 'Fast-forward' })).toHaveCount(0);
    await expect(merge.getByRole('button', { name: 'Resolve and merge' })).toBeDisabled();

    const conflicts = merge.getByRole('list', { name: 'Conflicting files' });
    const title = conflicts.getByRole('listitem').filter({ hasText: 'title.txt' });
    await title.getByRole('radio', { name: 'Take rewrite (source)' }).check();
    const story = conflicts.getByRole('listitem').filter({ hasText: 'story.txt' });
    await story.getByRole('radio', { name: 'Edit the merged text' }).check();
    const editor = story.locator('.monaco-editor');
    await expect(editor.getByText('<<<<<<< rewrite')).toBeVisible();
    await expect(story.getByText('Remove the conflict markers')).toBeVisible();
    await expect(merge.getByRole('button', { name: 'Resolve and merge' })).toBeDisabled();
    await page.screenshot({ path: 'artifacts/merge-conflict.png', fullPage: true });

    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('once\nUPON, long ago,\na time\n');
    await expect(story.getByText('Remove the conflict markers')).toHaveCount(0);
    await merge.getByRole('radio', { name: /Three-way merge/ }).check();
    await merge.getByLabel('Commit message').fill('Merge the loud, old story');
    await merge.getByRole('checkbox', { name: /Delete the source branch/ }).check();
    await merge.getByRole('button', { name: 'Resolve and merge' }).click();
    await expect(page.getByText('Merged, and the branch rewrite was deleted.')).toBeVisible();
    await expect(page.locator('.pull-request-byline').getByText('Merged')).toBeVisible();

    const read = async (filePath: string) => {
      const file = await client.send(
        new GetFileCommand({ repositoryName: 'conflicted', commitSpecifier: 'main', filePath }),
      );
      return new TextDecoder().decode(file.fileContent);
    };
    expect(await read('story.txt')).toBe('once\nUPON, long ago,\na time\n');
    expect(await read('title.txt')).toBe('A LOUD story\n');
    await page.getByRole('link', { name: 'Conversation' }).click();
    await expect(page.getByText(/admin merged into main by three-way merge/)).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
