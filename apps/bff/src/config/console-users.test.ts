import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConsoleUsers } from './console-users.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bff-users-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function usersFile(content: unknown): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadConsoleUsers', () => {
  it('reads profiles, roles and the default chain', async () => {
    const users = [
      { userName: 'alice', description: 'Team lead', profile: 'alice' },
      { userName: 'bob', roleArn: 'arn:aws:iam::123456789012:role/CodeCommitDeveloper' },
      { userName: 'me', defaultCredentials: true },
    ];
    expect(loadConsoleUsers(await usersFile({ users }))).toEqual(users);
  });

  it.each([
    [{ users: [{ userName: 'a' }] }, /users\.0: each user needs exactly one of profile, roleArn/],
    [
      { users: [{ userName: 'a', profile: 'a', roleArn: 'arn:aws:iam::123456789012:role/R' }] },
      /exactly one/,
    ],
    [
      { users: [{ userName: 'a', roleArn: 'not-an-arn' }] },
      /users\.0\.roleArn: roleArn must be an IAM role ARN/,
    ],
    [{ users: [{ userName: 'has space', profile: 'p' }] }, /users\.0\.userName: /],
    [
      { users: [{ userName: 'a', profile: 'p', secretAccessKey: 'x' }] },
      /users\.0: .*secretAccessKey/,
    ],
    [{ users: [] }, /users: users needs at least one user/],
    [
      {
        users: [
          { userName: 'a', profile: 'p' },
          { userName: 'a', profile: 'q' },
        ],
      },
      /userName values must be unique/,
    ],
  ])('refuses %j with a message naming the problem', async (content, message) => {
    const file = await usersFile(content);
    expect(() => loadConsoleUsers(file)).toThrow(message);
  });

  it('names the file when it is not JSON', async () => {
    const file = await usersFile('{ nope');
    expect(() => loadConsoleUsers(file)).toThrow(`Cannot read console users from ${file}`);
  });
});
