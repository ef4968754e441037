import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

test('? lists every shortcut, g c / g p / g b go through a repository, and nothing fires while typing', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'shop', { 'README.md': '# Shop\n', 'src/app.ts': 'x\n' });
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop`);
  await expect(page.getByRole('heading', { name: 'shop' })).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const description of [
    'Go to the code',
    'Go to the pull requests',
    'Go to the branches',
    'Find a file by name',
    'Pin the address to the commit (a permalink)',
  ])
    await expect(help.getByRole('cell', { name: description })).toBeVisible();
  // The dialog holds the focus; Esc closes it.
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/\/repositories\/shop\/branches$/);
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/repositories\/shop\/pull-requests/);
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page).toHaveURL(/\/repositories\/shop$/);

  // Typing the same letters in a field types them, and goes nowhere.
  await page.goto(`${consoleApp.url}/repositories/shop/branches`);
  const filter = page.getByRole('searchbox', { name: 'Filter branches' });
  await filter.click();
  await page.keyboard.type('g?gc');
  await expect(filter).toHaveValue('g?gc');
  await expect(page).toHaveURL(/\/branches$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // y still pins a file's address to its commit.
  await page.goto(`${consoleApp.url}/repositories/shop/blob/main/src/app.ts`);
  await expect(page.getByRole('heading', { name: /app\.ts/ }).first()).toBeVisible();
  await page.locator('body').press('y');
  await expect(page).toHaveURL(/\/blob\/[0-9a-f]{40}\/src\/app\.ts/);

  // Without a mouse: the help button is reached with Tab and opened with Enter.
  await page.goto(`${consoleApp.url}/`);
  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  for (let presses = 0; presses < 20; presses += 1) {
    const focused = await page.evaluate('document.activeElement?.getAttribute("aria-label")');
    if (focused === 'Keyboard shortcuts') break;
    await page.keyboard.press('Tab');
  }
  await expect(helpButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
});
