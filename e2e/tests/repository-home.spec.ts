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

test('a long folder asks last commits only for the rows in view, and says so', async ({
  page,
  consoleApp,
}) => {
  const files = (from: number) =>
    Object.fromEntries(
      Array.from({ length: 100 }, (_, index) => [
        `big/file-${String(from + index).padStart(3, '0')}.txt`,
        `${from + index}\n`,
      ]),
    );
  await seedHistory(consoleApp, 'garden', [
    { files: files(0), message: 'First hundred', author: 'Dana' },
    { files: files(100), message: 'Second hundred', author: 'Bob' },
    { files: files(200), message: 'Third hundred', author: 'Bob' },
    { files: files(300), message: 'Fourth hundred', author: 'Bob' },
  ]);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/last-commits?')) asked.push(request.url());
  });
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/garden/tree/main/big`);
  await expect(
    page.getByText('400 entries: last commits are read for the rows in view.'),
  ).toBeVisible();
  const first = page.getByRole('listitem').filter({ hasText: 'file-000.txt' });
  await expect(first.getByRole('link', { name: 'First hundred' })).toBeVisible();
  // The first rows' page (and perhaps the next) was asked; the far end of the folder was not.
  expect(asked.length).toBeLessThan(8);
  expect(asked.some((url) => url.includes('file-399.txt'))).toBe(false);

  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  const last = page.getByRole('listitem').filter({ hasText: 'file-399.txt' });
  await expect(last.getByRole('link', { name: 'Fourth hundred' })).toBeVisible();
  expect(asked.some((url) => url.includes('file-399.txt'))).toBe(true);
});
