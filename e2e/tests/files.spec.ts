import { GetFileCommand } from '@aws-sdk/client-codecommit';
import { expect, test, type ConsoleFixture } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function readFile(consoleApp: ConsoleFixture, repositoryName: string, filePath: string) {
  const file = await consoleApp.client('developer').send(
    new GetFileCommand({ repositoryName, commitSpecifier: 'main', filePath }),
  );
  return { commitId: file.commitId ?? '', content: decode(file.fileContent) };
}

test('every key typed at full speed in the editor reaches the commit, in order', async ({
  page,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'journal', { 'days.txt': 'Monday: rain.\n' });
  await consoleApp.signIn(page, 'developer');
  await page.goto(`${consoleApp.url}/repositories/journal/blob/main/days.txt`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Edit days.txt' });
  await editor.focus();
  await page.keyboard.press('Control+End');
  // Key by key with no delay: each key is its own input event, faster than React renders.
  const typed =
    'Tuesday: sun, then wind from the west.\n' +
    'Wednesday: fog until noon and a long walk.\n' +
    'Thursday: nothing worth writing down at all.\n';
  await page.keyboard.type(typed);
  await expect(page.getByText('· changed')).toBeVisible();
  await page.getByLabel('Commit message').fill('Write the rest of the week');
  await page.getByRole('button', { name: 'Commit changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Committed [0-9a-f]{7} to main\./ }),
  ).toBeVisible();

  const { content } = await readFile(consoleApp, 'journal', 'days.txt');
  expect(content).toBe(`Monday: rain.\n${typed}`);
});
