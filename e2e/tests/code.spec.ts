import { CreateBranchCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/console.ts';
import { gitAs, pushGitTag, seedRepository } from '../fixtures/seed.ts';

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const utilSource = [
  'export function add(a: number, b: number) {',
  '  return a + b;',
  '}',
  '',
  'export const answer = add(40, 2);',
  '',
].join('\n');

test('walk the tree by breadcrumbs, select lines into the URL and pin them to a commit', async ({
  page,
  consoleApp,
}) => {
  const { commitId } = await seedRepository(consoleApp, 'shop', {
    'README.md': '# Shop\n',
    'src/lib/util.ts': utilSource,
    'src/index.ts': "export * from './lib/util';\n",
  });

  await consoleApp.signIn(page, 'reader');
  await page.getByRole('link', { name: 'shop' }).click();
  await page.getByRole('link', { name: 'src', exact: true }).click();
  await expect(page).toHaveURL(/\/repositories\/shop\/tree\/main\/src$/);
  await page.getByRole('link', { name: 'lib', exact: true }).click();
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(breadcrumbs.getByRole('listitem')).toHaveText(['shop', 'src', 'lib']);
  await page.getByRole('link', { name: 'util.ts' }).click();
  await expect(breadcrumbs.getByRole('listitem')).toHaveText(['shop', 'src', 'lib', 'util.ts']);
  await expect(page.getByRole('heading', { name: 'src/lib/util.ts' })).toBeVisible();
  await expect(page.getByText('5 lines')).toBeVisible();
  const editor = page.locator('.monaco-editor');
  await expect(editor.getByText('export const answer')).toBeVisible();

  // Clicking a line number selects the line; shift-clicking another extends the range.
  const lineNumber = (line: number) =>
    editor.locator('.line-numbers').getByText(String(line), { exact: true });
  await lineNumber(2).click();
  await expect(page).toHaveURL(/util\.ts#L2$/);
  await lineNumber(3).click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/util\.ts#L2-L3$/);

  // The permalink names the commit, keeps the lines, and still shows this version after the branch moves.
  await page.getByRole('link', { name: 'Permalink' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/repositories/shop/blob/${commitId}/src/lib/util\\.ts#L2-L3$`),
  );
  await expect(
    page.getByRole('button', { name: `Branch or tag: commit ${commitId.slice(0, 7)}` }),
  ).toBeVisible();
  const permalink = page.url();
  await consoleApp.client('developer').send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'src/lib/util.ts',
      fileContent: new TextEncoder().encode('export const answer = 43;\n'),
    }),
  );
  await page.goto('about:blank');
  await page.goto(permalink);
  await expect(editor.getByText('export const answer = add(40, 2);')).toBeVisible();
  // The linked lines are highlighted when the link is opened.
  await expect(editor.locator('.code-line-selected')).toHaveCount(2);

  // Breadcrumbs lead back up to any folder, at the same commit.
  await breadcrumbs.getByRole('link', { name: 'src' }).click();
  await expect(page).toHaveURL(new RegExp(`/repositories/shop/tree/${commitId}/src$`));
  await page.getByRole('link', { name: 'Parent folder' }).click();
  await expect(page).toHaveURL(new RegExp(`/repositories/shop/tree/${commitId}$`));
  await expect(page.getByRole('link', { name: 'README.md' })).toBeVisible();
});

test('switch branches and tags with the selector, staying on the same file', async ({
  page,
  consoleApp,
}) => {
  const { commitId, cloneUrlHttp } = await seedRepository(consoleApp, 'shop', {
    'notes.txt': 'on main\n',
  });
  const developer = consoleApp.client('developer');
  await developer.send(
    new CreateBranchCommand({ repositoryName: 'shop', branchName: 'feature/notes', commitId }),
  );
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'feature/notes',
      parentCommitId: commitId,
      filePath: 'notes.txt',
      fileContent: new TextEncoder().encode('on the feature branch\n'),
    }),
  );
  // The API cannot make tags: they arrive with git.
  await pushGitTag(consoleApp, cloneUrlHttp, 'v1.0', commitId);
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'main',
      parentCommitId: commitId,
      filePath: 'notes.txt',
      fileContent: new TextEncoder().encode('on main, later\n'),
    }),
  );

  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop/blob/main/notes.txt`);
  const editor = page.locator('.monaco-editor');
  await expect(editor.getByText('on main, later')).toBeVisible();
  await page.getByRole('button', { name: 'Branch or tag: main' }).click();
  await page.getByRole('option', { name: 'feature/notes' }).click();
  await expect(page).toHaveURL(/\/blob\/feature%2Fnotes\/notes\.txt$/);
  await expect(editor.getByText('on the feature branch')).toBeVisible();

  await page.getByRole('button', { name: 'Branch or tag: feature/notes' }).click();
  const tags = page.getByRole('group', { name: 'Tags' });
  await expect(tags.getByRole('option')).toHaveText(['v1.0']);
  await tags.getByRole('option', { name: 'v1.0' }).click();
  await expect(page).toHaveURL(/\/blob\/v1\.0\/notes\.txt$/);
  await expect(editor.getByText('on main', { exact: true })).toBeVisible();
});

test('go to any file of the ref by typing t', async ({ page, consoleApp }) => {
  await seedRepository(consoleApp, 'shop', {
    'README.md': '# Shop\n',
    'src/checkout/cart-total.ts': 'export const cartTotal = 0;\n',
    'src/checkout/cart.ts': 'export const cart = [];\n',
    'docs/catalog.md': '# Catalog\n',
  });

  await consoleApp.signIn(page, 'reader');
  await page.getByRole('link', { name: 'shop' }).click();
  await expect(page.getByRole('link', { name: 'README.md' })).toBeVisible();
  await page.keyboard.press('t');
  const finder = page.getByRole('dialog', { name: 'Go to file' });
  const search = finder.getByRole('combobox', { name: 'Find a file' });
  await expect(search).toBeFocused();
  await search.pressSequentially('carttot');
  await expect(finder.getByRole('option')).toHaveText(['src/checkout/cart-total.ts']);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/blob\/main\/src\/checkout\/cart-total\.ts$/);
  await expect(page.locator('.monaco-editor').getByText('export const cartTotal')).toBeVisible();

  // The button opens it too; arrows choose among several matches and Escape closes it.
  await page.getByRole('button', { name: 'Go to file' }).click();
  await search.fill('cart');
  await expect(finder.getByRole('option')).toHaveCount(2);
  await search.press('ArrowDown');
  await expect(finder.getByRole('option', { selected: true })).toHaveCount(1);
  await search.press('Escape');
  await expect(finder).toBeHidden();
});

test('raw, download, images, binary files and files over 6 MB', async ({
  page,
  consoleApp,
  context,
}) => {
  const { cloneUrlHttp } = await seedRepository(consoleApp, 'assets', {
    'notes.txt': 'plain words\n',
    'img/logo.png': onePixelPng,
    'tool.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 255]),
  });
  // Over 6 MB only arrives through git: the API refuses such files.
  const work = await mkdtemp(join(tmpdir(), 'e2e-code-'));
  try {
    await gitAs(consoleApp, 'developer', work, 'clone', '-q', cloneUrlHttp, '.');
    await writeFile(join(work, 'big.log'), 'a line of a very long log\n'.repeat(280_000));
    await gitAs(consoleApp, 'developer', work, 'add', 'big.log');
    await gitAs(consoleApp, 'developer', work, 'commit', '-q', '-m', 'Add the big log');
    await gitAs(consoleApp, 'developer', work, 'push', '-q', 'origin', 'HEAD:main');
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/assets/blob/main/notes.txt`);
  const raw = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Raw' }).click();
  const rawPage = await raw;
  await expect(rawPage.locator('body')).toHaveText('plain words');
  await rawPage.close();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download', exact: true }).click();
  const downloaded = await download;
  expect(downloaded.suggestedFilename()).toBe('notes.txt');
  expect(await readFile(await downloaded.path(), 'utf8')).toBe('plain words\n');

  await page.goto(`${consoleApp.url}/repositories/assets/tree/main/img`);
  await page.getByRole('link', { name: 'logo.png' }).click();
  const image = page.getByRole('img', { name: 'img/logo.png' });
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('naturalWidth', 1);

  await page.goto(`${consoleApp.url}/repositories/assets/blob/main/tool.bin`);
  await expect(page.getByText(/This is a binary file \(12 bytes\) and is not shown/)).toBeVisible();
  const binaryDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download it' }).click();
  expect([...(await readFile(await (await binaryDownload).path()))]).toEqual([
    0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 255,
  ]);

  await page.goto(`${consoleApp.url}/repositories/assets/blob/main/big.log`);
  await expect(page.getByText(/CodeCommit’s API returns files of up to 6 MB/)).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
});
