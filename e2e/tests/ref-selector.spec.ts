import { CreateBranchCommand, PutFileCommand } from '@aws-sdk/client-codecommit';
import { expect, test, type ConsoleFixture } from '../fixtures/console.ts';
import { pushGitTag, seedRepository } from '../fixtures/seed.ts';

/**
 * notes.txt on main (changed once since), on feature/notes, and at tag v1.0 (main's first
 * commit, pushed with git: the API cannot make tags). Returns both commits of main.
 */
async function seedRefs(consoleApp: ConsoleFixture) {
  const { commitId: first, cloneUrlHttp } = await seedRepository(consoleApp, 'shop', {
    'notes.txt': 'on main\n',
  });
  const developer = consoleApp.client('developer');
  await developer.send(
    new CreateBranchCommand({
      repositoryName: 'shop',
      branchName: 'feature/notes',
      commitId: first,
    }),
  );
  await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'feature/notes',
      parentCommitId: first,
      filePath: 'notes.txt',
      fileContent: new TextEncoder().encode('on the feature branch\n'),
    }),
  );
  // The API cannot make tags: they arrive with git.
  await pushGitTag(consoleApp, cloneUrlHttp, 'v1.0', first);
  const { commitId: second } = await developer.send(
    new PutFileCommand({
      repositoryName: 'shop',
      branchName: 'main',
      parentCommitId: first,
      filePath: 'notes.txt',
      fileContent: new TextEncoder().encode('on main, later\n'),
      commitMessage: 'Say it is later',
    }),
  );
  return { first, second: second ?? '' };
}

const findBox = 'Find a branch or tag, or type a commit id';

test('switch branch or tag from the keyboard: filter, arrows, Enter, Escape', async ({
  page,
  consoleApp,
}) => {
  await seedRefs(consoleApp);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop/blob/main/notes.txt`);
  const editor = page.locator('.monaco-editor');
  await expect(editor.getByText('on main, later')).toBeVisible();

  // Opened from the keyboard, the filter box has the focus and lists branches, then tags.
  await page.getByRole('button', { name: 'Branch or tag: main' }).focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('combobox', { name: findBox });
  await expect(box).toBeFocused();
  await expect(page.getByRole('group', { name: 'Branches' }).getByRole('option')).toHaveText([
    'feature/notes',
    '✓main (current)',
  ]);
  await expect(page.getByRole('group', { name: 'Tags' }).getByRole('option')).toHaveText(['v1.0']);

  // Typing filters; Enter takes the first match to the same view on that branch.
  await page.keyboard.type('notes');
  await expect(page.getByRole('option')).toHaveText(['feature/notes']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/blob\/feature%2Fnotes\/notes\.txt$/);
  await expect(editor.getByText('on the feature branch')).toBeVisible();
  const button = page.getByRole('button', { name: 'Branch or tag: feature/notes' });
  await expect(button).toBeFocused();

  // Arrows move the active option (announced through aria-activedescendant), wrapping round.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const tag = page.getByRole('option', { name: 'v1.0' });
  await expect(tag).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await tag.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'feature/notes' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/blob\/v1\.0\/notes\.txt$/);
  await expect(editor.getByText('on main', { exact: true })).toBeVisible();

  // Escape closes without going anywhere, and gives the focus back.
  await page.getByRole('button', { name: 'Branch or tag: v1.0' }).click();
  await page.keyboard.type('nothing like this');
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Branch or tag: v1.0' })).toBeFocused();
  await expect(page).toHaveURL(/\/blob\/v1\.0\/notes\.txt$/);
});

test('go to a commit by its full or abbreviated id, or be told why not', async ({
  page,
  consoleApp,
}) => {
  const { first, second } = await seedRefs(consoleApp);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop/commits/main`);
  await expect(page.getByRole('link', { name: 'Say it is later' })).toBeVisible();

  // Seven digits of the first commit, as people copy them: the history view at that commit.
  await page.getByRole('button', { name: 'Branch or tag: main' }).click();
  await page.keyboard.type(first.slice(0, 7));
  await page.getByRole('option', { name: `Go to commit ${first.slice(0, 7)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/commits/${first}$`));
  await expect(page.getByRole('link', { name: 'Say it is later' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start the project' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Branch or tag: commit ${first.slice(0, 7)}` }),
  ).toBeVisible();

  // A full id, in capitals, on the tree view.
  await page.goto(`${consoleApp.url}/repositories/shop/tree/main`);
  await page.getByRole('button', { name: 'Branch or tag: main' }).click();
  await page.keyboard.type(second.toUpperCase());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tree/${second}$`));
  await expect(page.getByRole('link', { name: 'notes.txt' })).toBeVisible();

  // Digits no recent commit starts with: the list stays open and says what to do.
  const absent = [first, second].some((id) => id.startsWith('0000')) ? 'ffffff0' : '0000000';
  await page.getByRole('button', { name: `Branch or tag: commit ${second.slice(0, 7)}` }).click();
  await page.keyboard.type(absent);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: 'That commit could not be opened' }),
  ).toContainText(
    `No commit among the latest 100 of each branch starts with ${absent}. Give more of the id, or all 40 characters.`,
  );
  await expect(page).toHaveURL(new RegExp(`/tree/${second}$`));
});

test('a commit’s address may hold an abbreviated id', async ({ page, consoleApp }) => {
  const { second } = await seedRefs(consoleApp);
  await consoleApp.signIn(page, 'reader');
  await page.goto(`${consoleApp.url}/repositories/shop/commit/${second.slice(0, 8)}?view=unified`);
  await expect(page).toHaveURL(new RegExp(`/commit/${second}\\?view=unified$`));
  await expect(page.getByRole('heading', { name: 'Say it is later' })).toBeVisible();

  await page.goto(`${consoleApp.url}/repositories/shop/commit/not-an-id`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This commit could not be opened' }),
  ).toContainText('not-an-id is not a commit id: give 4 to 40 of its hexadecimal digits.');
});
