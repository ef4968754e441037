import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('a file page and a home arrive with their content, readable before the app runs, then the app takes over', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(
    consoleApp,
    'painted',
    { 'notes.md': 'First line\n<script>window.owned = 1</script>\n' },
    { commitMessage: 'Add the notes' },
  );
  await consoleApp.signIn(page, 'reader');
  const address = `${consoleApp.url}/repositories/painted/blob/main/notes.md`;

  // With no script of the app allowed to run, the page itself holds the file's text, as text.
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(address);
  const painted = page.locator('#first-paint');
  await expect(painted.locator('.fp-code')).toHaveText(
    'First line\n<script>window.owned = 1</script>\n',
  );
  await expect(painted.locator('.fp-where')).toHaveText('main · notes.md');
  expect(await page.evaluate('window.owned')).toBeUndefined();
  await page.screenshot({ path: test.info().outputPath('first-paint.png') });
  // The repository's home is its default branch's root.
  await page.goto(`${consoleApp.url}/repositories/painted`);
  await expect(painted.locator('.fp-where')).toHaveText('main');
  await expect(painted.locator('.fp-entry-name')).toHaveText(['notes.md']);

  // With the app: once it shows the file, the picture is gone and the text is there once.
  await page.unroute(/\.js(\?|$)/);
  await page.goto(address);
  await expect(page.getByLabel('Contents of notes.md')).toBeVisible();
  await expect(painted).toHaveCount(0);
  await expect(page.getByText('First line')).toHaveCount(1);
  await page.goto(`${consoleApp.url}/repositories/painted`);
  await expect(page.locator('.folder-entry-name', { hasText: 'notes.md' })).toBeVisible();
  await expect(painted).toHaveCount(0);
});
