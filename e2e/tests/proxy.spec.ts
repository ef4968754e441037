import type { Page, Response } from '@playwright/test';
import { seedRepository } from '../fixtures/seed.ts';
import { expect, test } from '../fixtures/proxy.ts';

// nginx's certificate is made for this run and signed by nobody Chromium knows.
test.use({ ignoreHTTPSErrors: true });

const servedBy = (response: Response) => response.headers()['x-console-instance'] ?? '';
const fileAnswer = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' &&
      response.url().includes('/console/api/repositories/proxied/file?'),
  );

test('behind nginx with TLS under /console/, an edit made through one instance shows at once through the other', async ({
  page,
  context,
  proxied,
  request,
}) => {
  await seedRepository(proxied, 'proxied', { 'notes.md': '# Notes\n\nFirst line.\n' });

  await page.goto(proxied.url);
  await page.getByRole('button', { name: /^developer\b/i }).click();
  await page.getByRole('banner').getByText('developer', { exact: true }).waitFor();
  // TLS ends at nginx; the BFF believes its X-Forwarded-Proto and sends a Secure cookie for the prefix.
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('cc_session'));
  expect(session).toMatchObject({
    name: '__Secure-cc_session',
    secure: true,
    httpOnly: true,
    path: '/console/',
  });

  await page.goto(`${proxied.url}repositories/proxied/blob/main/notes.md`);
  await expect(page.locator('.monaco-editor').getByText('First line.')).toBeVisible();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page).toHaveURL(/\/console\/repositories\/proxied\/edit\/main\/notes\.md$/);
  const editor = page.getByRole('textbox', { name: 'Edit notes.md' });
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('Second line, through the proxy.\n');
  await expect(page.getByText('· changed')).toBeVisible();
  await page.getByLabel('Commit message').fill('Add a second line');
  const committed = page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' &&
      response.url().endsWith('/console/api/repositories/proxied/file'),
  );
  await page.getByRole('button', { name: 'Commit changes' }).click();
  const changer = servedBy(await committed);
  expect(proxied.instances.map((instance) => instance.id)).toContain(changer);
  await expect(page).toHaveURL(/\/console\/repositories\/proxied\/blob\/main\/notes\.md$/);
  await expect(
    page.locator('.monaco-editor').getByText('Second line, through the proxy.'),
  ).toBeVisible();

  // Round robin: within a few page loads the file is read through the other instance, and every
  // load shows the change. A page load makes a fixed number of requests; when that number is even,
  // the file is read through the same instance every time, so a load read through the changer is
  // followed by one more request through the proxy, which moves the next load's reads along by one.
  const readers = new Set<string>();
  const readByAnother = () => [...readers].some((reader) => reader !== changer);
  for (let load = 0; load < 6 && !readByAnother(); load += 1) {
    const answer = fileAnswer(page);
    await page.goto(`${proxied.url}repositories/proxied/blob/main/notes.md`);
    const response = await answer;
    readers.add(servedBy(response));
    expect(((await response.json()) as { content: string }).content).toContain('Second line');
    await expect(
      page.locator('.monaco-editor').getByText('Second line, through the proxy.'),
    ).toBeVisible();
    if (servedBy(response) === changer) await page.request.get(`${proxied.url}api/session`);
  }
  expect(readByAnother()).toBe(true);

  // The assets came from under the prefix, through the proxy.
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  expect(new URL(script ?? '', proxied.url).pathname).toMatch(/^\/console\//);
  const preload = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
  expect(new URL(preload ?? '', proxied.url).pathname).toMatch(/^\/console\/assets\//);

  // Straight to an instance, not through the proxy: the host is not the console's address.
  const direct = await request.get(`${proxied.instances[0]?.url}/console/api/session`);
  expect(direct.status()).toBe(421);
});
