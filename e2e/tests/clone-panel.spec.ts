import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '../fixtures/console.ts';
import { seedRepository } from '../fixtures/seed.ts';
import { pasteInShell } from '../fixtures/shell.ts';

const run = promisify(execFile);

const readClipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');

test('the SSH tab leads from no key to a clone over SSH, with commands that run as printed', async ({
  page,
  context,
  consoleApp,
}) => {
  await seedRepository(consoleApp, 'over-ssh', { 'README.md': '# Over SSH\n' });
  const work = await mkdtemp(join(tmpdir(), 'clone-panel-ssh-'));
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await consoleApp.signIn(page, 'developer');
    await page.goto(`${consoleApp.url}/repositories/over-ssh`);
    const clone = page.getByRole('region', { name: 'Clone' });

    // No key in IAM yet: the tab prints how to make one and upload it, and names the permission.
    await clone.getByRole('tab', { name: 'SSH' }).click();
    await expect(clone.getByText('You have no active SSH public key in IAM yet.')).toBeVisible();
    await expect(clone.getByText(/iam:UploadSSHPublicKey/)).toBeVisible();
    await clone.getByRole('button', { name: 'Copy SSH clone command' }).click();
    const [keygen = '', ...upload] = (await readClipboard(page)).split('\n');
    expect(keygen).toBe('ssh-keygen -t rsa -b 4096 -f ~/.ssh/codecommit_rsa');
    await page.screenshot({ path: test.info().outputPath('clone-panel-ssh-upload.png') });

    // The same key, made without the passphrase prompt, in this test's folder instead of ~/.ssh.
    const key = join(work, 'codecommit_rsa');
    await run('ssh-keygen', ['-q', '-t', 'rsa', '-b', '4096', '-N', '', '-f', key]);
    const uploaded = JSON.parse(
      await pasteInShell(upload.join('\n').replaceAll('~/.ssh/codecommit_rsa', key), work),
    ) as { SSHPublicKey: { SSHPublicKeyId: string } };
    const keyId = uploaded.SSHPublicKey.SSHPublicKeyId;

    // Back on the page, the tab names the key and gives the ~/.ssh/config block of AWS's guide.
    await page.reload();
    await clone.getByRole('tab', { name: 'SSH' }).click();
    const port = new URL(consoleApp.running.sshUrl ?? '').port;
    const block = `Host localhost\n  User ${keyId}\n  IdentityFile ~/.ssh/codecommit_rsa\n  Port ${port}`;
    await expect(clone.getByRole('code').first()).toHaveText(block);
    await expect(clone.getByText(`Uses your SSH public key ${keyId} from IAM`)).toBeVisible();
    await clone.getByRole('button', { name: 'Copy SSH: Add to ~/.ssh/config' }).click();
    expect(await readClipboard(page)).toBe(block);
    await clone.getByRole('button', { name: 'Copy SSH clone command' }).click();
    const cloneCommand = await readClipboard(page);
    expect(cloneCommand).toBe(`git clone ssh://localhost:${port}/v1/repos/over-ssh`);
    await page.screenshot({ path: test.info().outputPath('clone-panel-ssh-config.png') });

    // The printed block as ssh's config (with this test's key and known_hosts), the command as printed.
    const config = join(work, 'ssh_config');
    await writeFile(
      config,
      `${block.replace('~/.ssh/codecommit_rsa', key)}\n  UserKnownHostsFile ${join(work, 'known_hosts')}\n  StrictHostKeyChecking accept-new\n  BatchMode yes\n`,
    );
    const into = join(work, 'checkout');
    await mkdir(into);
    await pasteInShell(cloneCommand, into, { GIT_SSH_COMMAND: `ssh -F ${config}` });
    expect(await readFile(join(into, 'over-ssh', 'README.md'), 'utf8')).toBe('# Over SSH\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
