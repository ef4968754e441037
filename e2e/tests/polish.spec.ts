import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('a favicon, a remembered theme, Admin only for those who may, and "1 repository"', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n' });
  await consoleApp.signIn(page, 'reader');
  // Relative to the page's <base href>, so it also resolves under a path prefix (BASE_PATH).
  const icon = await page
    .locator('link[rel="icon"]')
    .evaluate((link) => (link as unknown as { href: string }).href);
  expect(new URL(icon).pathname).toBe('/favicon.svg');
  const iconResponse = await page.request.get(icon);
  expect(iconResponse.ok()).toBe(true);
  expect(await iconResponse.text()).toContain('<svg');

  await expect(page.getByText('1 repository', { exact: true })).toBeVisible();
  // A reader may change nothing in Administration: no link to it.
  await expect(page.getByRole('link', { name: 'Repositories' })).toBeVisible();
  const mainNavigation = page.getByRole('navigation', { name: 'Main' });
  await expect(mainNavigation.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(mainNavigation.getByRole('link', { name: 'Admin' })).toHaveCount(0);

  // One button moves through system, light and dark; the choice outlives a reload.
  const theme = page.getByRole('button', { name: /^Theme: / });
  await expect(theme).toHaveAccessibleName('Theme: System');
  await theme.click();
  await expect(theme).toHaveAccessibleName('Theme: Light');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await theme.click();
  await expect(theme).toHaveAccessibleName('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 25)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveAccessibleName('Theme: Dark');
  // A page's first paint, drawn before any script runs, is dark too on a light system.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(`${consoleApp.url}/repositories/shop/tree/main`);
  await expect(page.locator('#first-paint')).toHaveCSS('background-color', 'rgb(15, 20, 25)');
  await page.unroute(/\.js(\?|$)/);
  await page.goto(consoleApp.url);
  await theme.click();
  await expect(theme).toHaveAccessibleName('Theme: System');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await consoleApp.signIn(page, 'developer');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }),
  ).toBeVisible();
});

test('a missing repository or branch is plainly not found, with a way back', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n' });
  await consoleApp.signIn(page, 'reader');

  await page.goto(`${consoleApp.url}/repositories/nowhere`);
  await expect(page.getByText('Repository not found')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Repository' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to repositories' }).click();
  await expect(page).toHaveURL(`${consoleApp.url}/`);

  await page.goto(`${consoleApp.url}/repositories/shop/tree/no-such-branch`);
  await expect(page.getByRole('alert').filter({ hasText: 'Not found (404)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  // No toolbar for a branch that is not there.
  await expect(page.getByRole('button', { name: /Go to file/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download ZIP' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to shop' }).click();
  await expect(page).toHaveURL(/\/repositories\/shop$/);
});

test('settings hold the triggers, the editor knows the author, and narrow diffs are unified', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n' });
  await consoleApp.signIn(page, 'developer');

  await page.goto(`${consoleApp.url}/repositories/shop/settings`);
  await expect(page.getByRole('heading', { name: 'Triggers of shop' })).toBeVisible();

  await page.goto(`${consoleApp.url}/repositories/shop/edit/main/README.md`);
  await expect(page.getByLabel('Author name')).toHaveValue('developer');

  await page.goto(`${consoleApp.url}/repositories/shop/commit/${commitId}`);
  await expect(page.getByRole('radio', { name: 'Split' })).toHaveAttribute('aria-checked', 'true');
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(page.getByRole('radio', { name: 'Unified' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('radio', { name: 'Split' })).toBeDisabled();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('radio', { name: 'Split' })).toHaveAttribute('aria-checked', 'true');
});
