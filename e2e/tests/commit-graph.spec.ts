import {
  CreateBranchCommand,
  CreateCommitCommand,
  CreateRepositoryCommand,
  MergeBranchesByThreeWayCommand,
} from '@aws-sdk/client-codecommit';
import { expect, test } from '../fixtures/console.ts';

const encode = (text: string) => new TextEncoder().encode(text);

test('history draws the branch and merge graph, and filters by author and by path', async ({
  page,
  consoleApp,
}) => {
  const developer = consoleApp.client('developer');
  await developer.send(new CreateRepositoryCommand({ repositoryName: 'graph' }));
  const commit = async (
    branchName: string,
    parentCommitId: string | undefined,
    message: string,
    authorName: string,
    filePath: string,
  ) =>
    (
      await developer.send(
        new CreateCommitCommand({
          repositoryName: 'graph',
          branchName,
          parentCommitId,
          authorName,
          email: `${authorName.toLowerCase()}@example.com`,
          commitMessage: message,
          putFiles: [{ filePath, fileContent: encode(`${message}\n`) }],
        }),
      )
    ).commitId ?? '';
  const root = await commit('main', undefined, 'Start', 'Ana', 'README.md');
  await developer.send(
    new CreateBranchCommand({ repositoryName: 'graph', branchName: 'feature', commitId: root }),
  );
  const onMain = await commit('main', root, 'Main work', 'Ana', 'main.txt');
  await commit('feature', root, 'Feature work', 'Ben', 'docs/feature.md');
  await developer.send(
    new MergeBranchesByThreeWayCommand({
      repositoryName: 'graph',
      sourceCommitSpecifier: 'feature',
      destinationCommitSpecifier: 'main',
      targetBranch: 'main',
      commitMessage: 'Merge feature',
      authorName: 'Ana',
      email: 'ana@example.com',
    }),
  );
  expect(onMain).not.toBe('');

  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/graph/commits/main`);
  const commits = page.getByRole('list', { name: 'Commits' });
  const subjects = commits.getByRole('link', {
    name: /^(Start|Main work|Feature work|Merge feature)$/,
  });
  // The two sides of the merge may be made within the same second; `git log` then orders them
  // either way, so only the merge first and the root last are fixed.
  const side = /^(Feature work|Main work)$/;
  await expect(subjects).toHaveText(['Merge feature', side, side, 'Start']);
  expect(new Set(await subjects.allTextContents())).toEqual(
    new Set(['Merge feature', 'Feature work', 'Main work', 'Start']),
  );

  // The merge opens a second lane: its row draws two lines down from its dot, and the two
  // lanes meet again at the commit both branches started from.
  const row = (subject: string) =>
    commits.getByRole('listitem').filter({ has: page.getByRole('link', { name: subject }) });
  await expect(row('Merge feature').locator('.commit-graph-dot')).toHaveCount(1);
  await expect(row('Merge feature').locator('svg path')).toHaveCount(2);
  await expect(row('Start').locator('svg path')).toHaveCount(2);
  const dots = commits.locator('.commit-graph-dot');
  const lanes = await Promise.all(
    [0, 1, 2, 3].map((index) => dots.nth(index).getAttribute('style')),
  );
  expect(new Set(lanes).size).toBe(2);
  await page.screenshot({ path: test.info().outputPath('commit-graph.png') });

  // Author: matched in the commits read, with a note that says so; no graph for a filtered list.
  await page.getByRole('searchbox', { name: 'Author' }).fill('ben');
  await expect(page).toHaveURL(/author=ben/);
  await expect(subjects).toHaveText(['Feature work']);
  await expect(page.getByRole('status')).toContainText(
    '1 commit by authors matching “ben” among the 4 read so far',
  );
  await expect(commits.locator('.commit-graph-dot')).toHaveCount(0);

  // Path: that path's own history, keeping the author filter.
  await page.getByRole('searchbox', { name: 'Author' }).fill('');
  await page.getByRole('search', { name: 'Path' }).getByRole('searchbox').fill('main.txt');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/\/repositories\/graph\/commits\/main\/main\.txt$/);
  await expect(page.getByRole('heading', { name: 'History of main.txt on main' })).toBeVisible();
  await expect(subjects).toHaveText(['Main work']);
});
