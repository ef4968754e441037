import {
  CreateBranchCommand,
  CreateCommitCommand,
  CreateRepositoryCommand,
} from '@aws-sdk/client-codecommit';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleFixture } from '../fixtures/console.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * `count` commits on main, "Change 1" to "Change <count>", each rewriting counter.txt; every
 * twentieth also rewrites other.txt. Returns the commit ids, oldest first.
 */
async function seedHistory(consoleApp: ConsoleFixture, repositoryName: string, count: number) {
  const developer = consoleApp.client('developer');
  await developer.send(new CreateRepositoryCommand({ repositoryName }));
  const commitIds: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const putFiles = [{ filePath: 'counter.txt', fileContent: encode(`count ${index}\n`) }];
    if (index % 20 === 0) {
      putFiles.push({ filePath: 'other.txt', fileContent: encode(`  rewritten at ${index}\n`) });
    }
    const { commitId } = await developer.send(
      new CreateCommitCommand({
        repositoryName,
        branchName: 'main',
        parentCommitId: commitIds.at(-1),
        authorName: 'Dana Developer',
        email: 'dana@example.com',
        commitMessage: `Change ${index}`,
        putFiles,
      }),
    );
    commitIds.push(commitId ?? '');
  }
  return commitIds;
}

const subjects = (page: Page) => page.getByRole('link', { name: /^Change \d+$/ });

test('history arrives page by page, newest first, for the branch and for one file', async ({
  page,
  consoleApp,
}) => {
  await seedHistory(consoleApp, 'counter', 60);
  const pageSizes: number[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/repositories/counter/commits?')) return;
    void response
      .json()
      .then((body: { commits: unknown[] }) => pageSizes.push(body.commits.length))
      .catch(() => undefined);
  });

  await consoleApp.signIn(page, 'reader');
  await page.getByRole('link', { name: 'counter' }).click();
  await page
    .getByRole('navigation', { name: 'Repository' })
    .getByRole('link', { name: 'Commits' })
    .click();
  await expect(page).toHaveURL(/\/repositories\/counter\/commits\/main$/);
  await expect(subjects(page).first()).toHaveText('Change 60');

  // A page answers with what a few round trips bring, never more than 50 commits; the list asks
  // for the next page whenever its end comes into view, so scrolling down reaches the first.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(page.getByText('60 commits, back to the first.')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(subjects(page)).toHaveCount(60);
  await expect(subjects(page).last()).toHaveText('Change 1');
  await expect(subjects(page).filter({ hasText: /^Change ([1-9]|10)$/ })).toHaveCount(10);
  expect(pageSizes.length).toBeGreaterThanOrEqual(2);
  expect(Math.max(...pageSizes)).toBeLessThanOrEqual(50);
  expect(pageSizes.reduce((sum, size) => sum + size, 0)).toBe(60);

  // One file's history lists only the commits that changed it.
  await page.goto(`${consoleApp.url}/repositories/counter/blob/main/other.txt`);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(/\/commits\/main\/other\.txt$/);
  await expect(page.getByRole('heading', { name: 'History of other.txt on main' })).toBeVisible();
  await expect(subjects(page)).toHaveText(['Change 60', 'Change 40', 'Change 20']);
});

test('a commit shows its changed files as diffs, split or unified, and leads to its parent', async ({
  page,
  consoleApp,
}) => {
  const commitIds = await seedHistory(consoleApp, 'counter', 20);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/counter/commits/main`);
  await subjects(page).first().click();
  await expect(page).toHaveURL(new RegExp(`/repositories/counter/commit/${commitIds[19]}$`));
  await expect(page.getByRole('heading', { name: 'Change 20' })).toBeVisible();
  await expect(page.getByText('Dana Developer')).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 changed files' })).toBeVisible();

  const counter = page.getByRole('region', { name: 'modified counter.txt' });
  const other = page.getByRole('region', { name: 'added other.txt' });
  await expect(counter.locator('.monaco-diff-editor')).toHaveClass(/side-by-side/);
  await expect(
    counter.locator('.modified-in-monaco-diff-editor').getByText('count 20'),
  ).toBeVisible();
  await expect(
    counter.locator('.original-in-monaco-diff-editor').getByText('count 19'),
  ).toBeVisible();
  await other.scrollIntoViewIfNeeded();
  await expect(other.getByText('rewritten at 20')).toBeVisible();

  await page.getByRole('radio', { name: 'Unified' }).click();
  await expect(page).toHaveURL(/view=unified/);
  await expect(counter.locator('.monaco-diff-editor')).not.toHaveClass(/side-by-side/);
  await page.getByRole('checkbox', { name: 'Hide whitespace changes' }).check();
  await expect(page).toHaveURL(/whitespace=hide/);
  // The URL holds the options, so a reload (or a shared link) shows the same diff.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Unified' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('checkbox', { name: 'Hide whitespace changes' })).toBeChecked();

  await counter.getByRole('button', { name: 'Collapse counter.txt' }).click();
  await expect(counter.locator('.monaco-diff-editor')).toHaveCount(0);

  await page.getByRole('link', { name: commitIds[18]!.slice(0, 7) }).click();
  await expect(page.getByRole('heading', { name: 'Change 19' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 changed file' })).toBeVisible();
});

test('compare two refs from their merge base', async ({ page, consoleApp }) => {
  const commitIds = await seedHistory(consoleApp, 'counter', 10);
  const developer = consoleApp.client('developer');
  await developer.send(
    new CreateBranchCommand({
      repositoryName: 'counter',
      branchName: 'feature',
      commitId: commitIds[4],
    }),
  );
  await developer.send(
    new CreateCommitCommand({
      repositoryName: 'counter',
      branchName: 'feature',
      parentCommitId: commitIds[4],
      commitMessage: 'Add the feature',
      putFiles: [{ filePath: 'feature.txt', fileContent: encode('a feature\n') }],
    }),
  );

  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/counter/commits/main`);
  await page.getByRole('button', { name: 'Branch or tag: main' }).click();
  await page.getByRole('option', { name: 'feature', exact: true }).click();
  await expect(page).toHaveURL(/\/commits\/feature$/);
  await expect(subjects(page).first()).toHaveText('Change 5');
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\?destination=main&source=feature$/);
  await expect(page.getByRole('combobox', { name: 'Destination' })).toHaveValue('main');
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('feature');

  // Only what the feature brings, not what main did since: the merge base is Change 5.
  await expect(page.getByText('Changes on feature since it left main at merge base')).toBeVisible();
  await expect(page.getByRole('link', { name: commitIds[4]!.slice(0, 7) })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 changed file' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'added feature.txt' }).getByText('a feature'),
  ).toBeVisible();

  // Swapping shows what main has that the feature lacks.
  await page.getByRole('button', { name: 'Swap destination and source' }).click();
  await expect(page).toHaveURL(/\/compare\?destination=feature&source=main$/);
  await expect(page.getByRole('region', { name: 'modified counter.txt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 changed file' })).toBeVisible();
});
