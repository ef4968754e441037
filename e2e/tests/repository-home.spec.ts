import { expect, test } from '../fixtures/console.ts';
import { seedHistory } from '../fixtures/history.ts';
import { pushGitTag } from '../fixtures/seed.ts';

test('the home shows the latest commit, counts, and the last commit beside each entry', async ({
  page,
  consoleApp,
}) => {
  const commits = await seedHistory(consoleApp, 'garden', [
    {
      files: { 'README.md': '# Garden\n', 'beds/roses.txt': 'red\n' },
      message: 'Plant roses',
      author: 'Dana',
    },
    { files: { 'beds/tulips.txt': 'yellow\n' }, message: 'Plant tulips', author: 'Bob' },
  ]);
  await pushGitTag(consoleApp, `${consoleApp.url}/v1/repos/garden`, 'v1', commits[1] ?? '');
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/garden`);

  const bar = page.getByLabel('Latest commit');
  await expect(bar).toContainText('Bob');
  await expect(bar.getByRole('link', { name: 'Plant tulips' })).toBeVisible();
  await expect(bar.getByRole('link', { name: (commits[1] ?? '').slice(0, 7) })).toBeVisible();
  const counts = bar.getByRole('navigation', { name: 'Counts' });
  await expect(counts.getByRole('link', { name: '2 commits' })).toBeVisible();
  await expect(counts.getByRole('link', { name: '1 branch' })).toBeVisible();
  await expect(counts).toContainText('1 tag');

  const entries = page.getByRole('list', { name: 'Contents of the root folder' });
  const beds = entries.getByRole('listitem').filter({ hasText: 'beds' });
  const readme = entries.getByRole('listitem').filter({ hasText: 'README.md' });
  await expect(beds.getByRole('link', { name: 'Plant tulips' })).toBeVisible();
  await expect(readme.getByRole('link', { name: 'Plant roses' })).toBeVisible();
  await expect(readme.locator('time')).toHaveText(/ago|now/);

  await counts.getByRole('link', { name: '2 commits' }).click();
  await expect(page).toHaveURL(/\/repositories\/garden\/commits\/main$/);
});

test('the clone panel is whole at every width', async ({ page, consoleApp }) => {
  await seedHistory(consoleApp, 'garden', [
    { files: { 'README.md': '# Garden\n' }, message: 'Start', author: 'Dana' },
  ]);
  await consoleApp.signIn(page, 'reader');
  for (const width of [1400, 1100, 900, 420]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${consoleApp.url}/repositories/garden`);
    const panel = page.getByRole('complementary', { name: 'About this repository' });
    await expect(panel.locator('pre').first()).toBeVisible();
    const box = await panel.boundingBox();
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  }
});
