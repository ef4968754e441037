import { expect, test } from '../fixtures/console.ts';
import { seedPullRequest } from '../fixtures/pull-request-seed.ts';

test('diffs show a file’s real lines: no phantom last line, an added file on its own', async ({
  page,
  consoleApp,
}) => {
  const { repositoryName, pullRequestId } = await seedPullRequest(consoleApp, {
    repositoryName: 'diff-lines',
    title: 'Count in words',
    base: {
      'counting.md': 'one\ntwo\nthree\n',
      'old.txt': 'gone\n',
      'package-lock.json': '{\n  "a": 1\n}\n',
    },
    changes: {
      'counting.md': 'one\n2\nthree\n',
      'added.txt': 'alpha\nbeta\n',
      'package-lock.json': '{\n  "a": 2,\n  "b": 3\n}\n',
    },
    deletes: ['old.txt'],
  });
  await consoleApp.signIn(page, 'admin');
  const changes = `${consoleApp.url}/repositories/${repositoryName}/pull-requests/${pullRequestId}/changes`;

  await page.goto(`${changes}?file=added.txt`);
  const added = page.getByRole('region', { name: 'Changes to added.txt' });
  // The first diff waits for Monaco itself to load: on a busy machine that takes a while.
  await expect(added.locator('.monaco-editor .line-numbers')).toHaveText(['1', '2'], {
    timeout: 60_000,
  });
  // One side only: no old version with an empty, removed line.
  await expect(added.locator('.monaco-diff-editor')).toHaveCount(0);
  await expect(added.locator('.diff-editor-line-added')).toHaveCount(2);
  await expect(added.getByRole('textbox')).toHaveAttribute('aria-label', /^Changes to added\.txt/);

  await page.goto(`${changes}?file=counting.md`);
  const modified = page.getByRole('region', { name: 'Changes to counting.md' });
  await expect(modified.locator('.editor.modified .line-numbers')).toHaveText(['1', '2', '3']);
  await expect(modified.locator('.editor.original .line-numbers')).toHaveText(['1', '2', '3']);
  await expect(modified.locator('.editor.modified').getByRole('textbox')).toHaveAttribute(
    'aria-label',
    'Changes to counting.md, new version',
  );
  await expect(modified.locator('.editor.original').getByRole('textbox')).toHaveAttribute(
    'aria-label',
    'Changes to counting.md, old version',
  );

  // A lock file stays collapsed, its diff unread, and its header still counts its lines.
  await page.goto(`${changes}?file=package-lock.json`);
  const lock = page.getByRole('region', { name: 'Changes to package-lock.json' });
  await expect(lock.getByLabel('2 lines added, 1 removed')).toBeVisible();
  await expect(lock.locator('.monaco-editor')).toHaveCount(0);

  await page.goto(`${changes}?file=old.txt`);
  const deleted = page.getByRole('region', { name: 'Changes to old.txt' });
  await expect(deleted.locator('.monaco-editor .line-numbers')).toHaveText(['1']);
  await expect(deleted.locator('.diff-editor-line-removed')).toHaveCount(1);
  await page.screenshot({ path: 'artifacts/review-stream-diff.png', fullPage: true });
});
