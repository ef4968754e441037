import { CreateRepositoryCommand } from '@aws-sdk/client-codecommit';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { gitIn } from '../fixtures/seed.ts';

test('a commit pushed with git shows up in the console, file and all, and again on reload', async ({
  page,
  consoleApp,
}) => {
  const { repositoryMetadata } = await consoleApp.client('developer').send(
    new CreateRepositoryCommand({
      repositoryName: 'pushed-with-git',
      repositoryDescription: 'Pushed by e2e',
    }),
  );
  const cloneUrl = repositoryMetadata?.cloneUrlHttp;
  expect(cloneUrl).toMatch(/\/v1\/repos\/pushed-with-git$/);

  const work = mkdtempSync(join(tmpdir(), 'e2e-push-'));
  const git = gitIn(consoleApp, 'developer', work);
  try {
    await git('clone', '-q', cloneUrl!, '.');
    mkdirSync(join(work, 'docs'));
    const marker = `Pushed at ${new Date().toISOString()}`;
    writeFileSync(join(work, 'docs', 'release-notes.md'), `# Release notes\n\n${marker}\n`);
    await git('add', '-A');
    await git('commit', '-q', '-m', 'Add release notes');
    await git('push', '-q', 'origin', 'HEAD:main');

    await consoleApp.signIn(page, 'reader');
    await page.getByRole('link', { name: 'pushed-with-git' }).click();
    await page.getByRole('link', { name: 'docs', exact: true }).click();
    await page.getByRole('link', { name: 'release-notes.md' }).click();
    await expect(page.getByRole('heading', { name: /release-notes\.md/ })).toBeVisible();
    // Monaco renders the file's text once its chunk has loaded.
    await expect(page.locator('.monaco-editor').getByText(marker)).toBeVisible();
    expect(page.url()).toContain('/repositories/pushed-with-git/blob/');
    await page.screenshot({ path: 'artifacts/pushed-file.png', fullPage: true });

    // The console reuses a branch tip it saw a moment ago, but reloading asks for it again:
    // a second push shows at once.
    const secondMarker = `Pushed again at ${new Date().toISOString()}`;
    writeFileSync(join(work, 'docs', 'release-notes.md'), `# Release notes\n\n${secondMarker}\n`);
    await git('commit', '-q', '-am', 'Update release notes');
    await git('push', '-q', 'origin', 'HEAD:main');
    await page.reload();
    await expect(page.locator('.monaco-editor').getByText(secondMarker)).toBeVisible();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
