import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('search in a branch finds text and expressions, grouped by file, linked to lines', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'shop', {
    'README.md': '# Shop\n',
    'src/cart.ts': 'export function addToCart(item) {\n  return cart.push(item);\n}\n',
    'src/price.ts': 'const price = 42;\n// <img src=x onerror=alert(1)> cart note\n',
  });
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop`);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/repositories\/shop\/search\?ref=main$/);

  await page.getByRole('searchbox', { name: 'Text to find' }).fill('cart');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\?ref=main&q=cart$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'matching lines in 2 files' }),
  ).toContainText('3 matching lines in 2 files · searched 3 text files of 3');
  const cart = page.getByRole('region', { name: 'src/cart.ts' });
  await expect(cart.locator('mark')).toHaveText(['Cart', 'cart']);
  // User text is shown, never run.
  const price = page.getByRole('region', { name: 'src/price.ts' });
  await expect(price).toContainText('<img src=x onerror=alert(1)> cart note');
  await expect(price.locator('img')).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Match case' }).check();
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/q=cart&case=1$/);
  await expect(page.getByRole('region')).toHaveCount(2);
  await expect(cart.locator('mark')).toHaveText(['cart']);

  await page.getByRole('checkbox', { name: 'Regular expression' }).check();
  await page.getByRole('searchbox').fill('^const \\w+ = \\d+;$');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('region')).toHaveCount(1);
  await price.getByRole('link', { name: '1', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/blob/${commitId}/src/price\\.ts#L1$`));

  // Only one folder: the README outside it is left out.
  await page.goto(`${consoleApp.url}/repositories/shop/search?ref=main&q=shop`);
  await expect(page.getByRole('region', { name: 'README.md' })).toBeVisible();
  await page.getByRole('textbox', { name: 'In folder' }).fill('src');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/q=shop&path=src$/);
  await expect(page.getByRole('heading', { name: 'Search in main / src' })).toBeVisible();
  await expect(page.getByText('No matches')).toBeVisible();

  // An expression RE2 refuses gets the server's reason, not a hang or a blank page.
  await page.goto(`${consoleApp.url}/repositories/shop/search?ref=main&q=(a&regex=1`);
  await expect(page.getByRole('alert')).toContainText('missing closing )');
});
