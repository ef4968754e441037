import { expect, test } from '../fixtures/console.ts';
import { seedHistory } from '../fixtures/history.ts';

test('blame tells who changed each line, and steps back before a change', async ({
  page,
  consoleApp,
}) => {
  const commits = await seedHistory(consoleApp, 'poems', [
    {
      files: { 'verse.txt': 'roses are red\nviolets are blue\n' },
      message: 'First verse',
      author: 'Dana',
    },
    {
      files: { 'verse.txt': 'roses are red\nviolets are BLUE\nsugar is sweet\n' },
      message: 'Shout the colour',
      author: 'Bob',
    },
  ]);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/poems/blob/main/verse.txt`);
  await page.getByRole('link', { name: 'Blame' }).click();
  await expect(page).toHaveURL(/\/repositories\/poems\/blame\/main\/verse\.txt$/);

  const lines = page.getByRole('list', { name: 'Blame of verse.txt' }).getByRole('listitem');
  await expect(lines).toHaveCount(3);
  await expect(
    page.getByRole('status').filter({ hasText: '3 lines from 2 commits' }),
  ).toBeVisible();
  await expect(lines.nth(0)).toHaveAttribute('data-commit-id', commits[0] ?? '');
  await expect(lines.nth(1)).toHaveAttribute('data-commit-id', commits[1] ?? '');
  await expect(lines.nth(2)).toHaveAttribute('data-commit-id', commits[1] ?? '');
  await expect(lines.nth(1)).toContainText('Bob');
  await expect(lines.nth(1)).toContainText('Shout the colour');
  await expect(lines.nth(0)).toContainText('First verse');

  // "Blame before this commit" opens the file at the commit's parent, where Dana wrote it all.
  await lines
    .nth(1)
    .getByRole('link', { name: `Blame before ${(commits[1] ?? '').slice(0, 7)}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/blame/${commits[0]}/verse\\.txt#L2$`));
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(1)).toContainText('violets are blue');
  await expect(lines.nth(1)).toHaveAttribute('data-commit-id', commits[0] ?? '');
  await expect(lines.nth(1)).toHaveClass(/blame-line-target/);

  // The message links to the commit.
  await lines.nth(0).getByRole('link', { name: 'First verse' }).click();
  await expect(page).toHaveURL(new RegExp(`/commit/${commits[0]}$`));
});

test('blame of a missing file says so plainly', async ({ page, consoleApp }) => {
  await seedHistory(consoleApp, 'poems', [
    { files: { 'verse.txt': 'one\n' }, message: 'First', author: 'Dana' },
  ]);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/poems/blame/main/nope.txt`);
  await expect(page.getByRole('alert')).toContainText('The blame could not be read (404)');
});
