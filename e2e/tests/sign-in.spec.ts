import {
  CodeCommitClient,
  CreateBranchCommand,
  CreateCommitCommand,
  CreateRepositoryCommand,
} from '@aws-sdk/client-codecommit';
import type { Browser, Page } from '@playwright/test';
import { expect, localPerson, people, test, type TeamConsole } from '../fixtures/team-console.ts';

type Person = (typeof people)[keyof typeof people];

async function seed(team: TeamConsole): Promise<void> {
  const admin = team.running.emulator.users.find((user) => user.userName === 'admin');
  const client = new CodeCommitClient({
    endpoint: team.url,
    region: 'us-east-1',
    credentials: { accessKeyId: admin!.accessKeyId, secretAccessKey: admin!.secretAccessKey },
  });
  await client.send(new CreateRepositoryCommand({ repositoryName: 'team-app' }));
  const { commitId } = await client.send(
    new CreateCommitCommand({
      repositoryName: 'team-app',
      branchName: 'main',
      putFiles: [{ filePath: 'README.md', fileContent: new TextEncoder().encode('# Team app\n') }],
    }),
  );
  await client.send(
    new CreateBranchCommand({ repositoryName: 'team-app', branchName: 'feature', commitId }),
  );
  await client.send(
    new CreateCommitCommand({
      repositoryName: 'team-app',
      branchName: 'feature',
      parentCommitId: commitId,
      putFiles: [
        { filePath: 'README.md', fileContent: new TextEncoder().encode('# Team app\n\nMore.\n') },
      ],
    }),
  );
}

/** Signs in at the identity provider, as a person would, and lands back in the console. */
async function signInAtProvider(page: Page, person: Person): Promise<void> {
  await page.getByRole('link', { name: 'Sign in with Example IdP' }).click();
  await expect(page.getByRole('heading', { name: 'Example identity provider' })).toBeVisible();
  await page.getByLabel('Username').fill(person.login);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('banner').getByText(person.email, { exact: true })).toBeVisible();
}

async function newPerson(browser: Browser, team: TeamConsole, person: Person, path = '/') {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${team.url}${path}`);
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAtProvider(page, person);
  return page;
}

test('two people sign in at the identity provider, each acting as their own AWS identity', async ({
  browser,
  team,
}) => {
  await seed(team);
  // Alice (group developers) opens a pull request as the developer role.
  const alice = await newPerson(browser, team, people.alice, '/repositories/team-app');
  await expect(alice).toHaveURL(/\/repositories\/team-app$/);
  await alice.getByRole('link', { name: 'Pull requests' }).click();
  await alice.getByRole('link', { name: 'New pull request' }).first().click();
  await alice.getByLabel('Source').selectOption('feature');
  await alice.getByLabel('Title').fill('Say more in the README');
  await alice.getByRole('button', { name: 'Create pull request' }).click();
  await expect(alice.getByRole('heading', { name: 'Say more in the README' })).toBeVisible();
  const pullRequestUrl = alice.url();

  // Bob (group admins) approves it as the admin role.
  const bob = await newPerson(browser, team, people.bob, new URL(pullRequestUrl).pathname);
  await expect(bob.getByRole('heading', { name: 'Say more in the README' })).toBeVisible();
  await bob.getByRole('button', { name: 'Approve' }).click();
  await expect(bob.getByText(`Approved by ${people.bob.email}.`)).toBeVisible();

  // The pull request names both, from the assumed-role ARNs CodeCommit recorded.
  await alice.reload();
  await expect(alice.getByText(`Approved by ${people.bob.email}.`)).toBeVisible();
  await expect(alice.getByText(`${people.alice.email} wants to merge`)).toBeVisible();
  await expect(alice.getByText('Authors cannot approve their own pull request.')).toBeVisible();
  const session = (await (await alice.request.get(`${team.url}/api/session`)).json()) as {
    user: { arn: string };
  };
  expect(session.user.arn).toBe(
    `arn:aws:sts::123456789012:assumed-role/CodeCommitDeveloper/${people.alice.email}`,
  );
  await alice.screenshot({ path: 'test-results/sign-in-pull-request.png', fullPage: true });
});

test('nobody gets in by naming a user, forging a cookie or reusing one after sign-out', async ({
  browser,
  team,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${team.url}/`);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('Demo sign-in')).toHaveCount(0);

  const byName = await page.request.post(`${team.url}/api/session`, {
    data: { userName: 'admin' },
    headers: { Origin: team.url },
  });
  expect(byName.status()).toBe(403);
  expect(byName.headers()['set-cookie']).toBeUndefined();
  expect((await context.cookies()).filter((cookie) => cookie.name === 'cc_session')).toHaveLength(
    0,
  );

  await signInAtProvider(page, people.alice);
  const [kept] = (await context.cookies()).filter((cookie) => cookie.name === 'cc_session');
  expect(kept).toBeDefined();
  expect(kept!.httpOnly).toBe(true);

  // A tampered cookie names nobody.
  const forged = await browser.newContext();
  await forged.addCookies([{ ...kept!, value: `${'A'.repeat(43)}.${kept!.value.split('.')[1]}` }]);
  const forgedSession = await forged.request.get(`${team.url}/api/session`);
  expect(((await forgedSession.json()) as { user: unknown }).user).toBeNull();

  // Sign-out ends the console session and the provider's, and the old cookie is worthless.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('link', { name: 'Sign in with Example IdP' })).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies([kept!]);
  const replayed = await replay.request.get(`${team.url}/api/repositories`);
  expect(replayed.status()).toBe(401);
  // The provider's own session ended too: signing in again asks for the password.
  await page.getByRole('link', { name: 'Sign in with Example IdP' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('a local account: a wrong password is refused, and repeated failures are throttled', async ({
  page,
  team,
}) => {
  await page.goto(`${team.url}/sign-in`);
  const form = page.getByRole('form', { name: 'Sign in with a console account' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await form.getByLabel('User name').fill(localPerson.userName);
    await form.getByLabel('Password').fill(`wrong guess ${attempt}`);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByText('Wrong user name or password')).toBeVisible();
    // The password field is emptied; the name stays.
    await expect(form.getByLabel('Password')).toHaveValue('');
  }
  await form.getByLabel('Password').fill(localPerson.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByText(/Too many failed sign-ins: try again in \d+ minutes/)).toBeVisible();
  await page.screenshot({ path: 'test-results/sign-in-throttled.png', fullPage: true });
});

test('an expired session leads back to sign-in, then to the page the person asked for', async ({
  browser,
  team,
}) => {
  await seed(team);
  const page = await newPerson(browser, team, people.bob, '/');
  await page.goto(`${team.url}/repositories/team-app`);
  await expect(page.getByRole('link', { name: 'README.md' })).toBeVisible();
  team.advanceClock(13 * 60 * 60 * 1000);
  await page.goto(`${team.url}/repositories/team-app/tree/feature`);
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Frepositories%2Fteam-app%2Ftree%2Ffeature/);
  // The provider still knows Bob: no password this time, straight back to where he was going.
  await page.getByRole('link', { name: 'Sign in with Example IdP' }).click();
  await expect(page).toHaveURL(`${team.url}/repositories/team-app/tree/feature`);
  await expect(page.getByRole('banner').getByText(people.bob.email, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'README.md' })).toBeVisible();
});
