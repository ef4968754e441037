import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../testing/redis-server.ts';
import { startTestConsole, type TestConsole } from '../testing/console.ts';
import { memorySessionStore } from '../session/store.ts';
import { connectRedis, redisReadiness, redisState, type SharedRedis } from './redis.ts';

let redisServer: TestRedisServer;
let console_: TestConsole;
const connections: SharedRedis[] = [];
const logs: string[] = [];
const connect = () => {
  const redis = connectRedis(redisServer.url, { log: (message) => logs.push(message) });
  connections.push(redis);
  return redis;
};
/** Instance B: another BFF sharing A's store; requests carry A's developer session. */
let throughB: (path: string, init?: RequestInit) => Promise<Response>;
let cookie: string;
const repository = '/api/repositories/shared-state';

const onB = (path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('Cookie', cookie);
  return throughB(path, { ...init, headers });
};
const fileOn = async (read: (path: string) => Promise<Response>) => {
  const response = await read(`${repository}/file?commitSpecifier=main&filePath=notes.txt`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { content: string }).content;
};
const putFile = async (fileContent: string, parentCommitId?: string) => {
  const response = await console_.json('developer', 'PUT', `${repository}/file`, {
    branchName: 'main',
    filePath: 'notes.txt',
    fileContent,
    ...(parentCommitId ? { parentCommitId } : {}),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { commitId: string }).commitId;
};

/** Signs the developer in on an instance of its own and reads through it with that cookie. */
async function signedInOn(
  instance: (path: string, init?: RequestInit) => Promise<Response>,
): Promise<(path: string) => Promise<Response>> {
  const signedIn = await instance('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: 'developer' }),
  });
  const own = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  return (path) => instance(path, { headers: { Cookie: own } });
}

beforeAll(async () => {
  redisServer = await startRedisServer();
  const redisA = connect();
  const redisB = connect();
  await vi.waitFor(() => expect([redisA.state(), redisB.state()]).toEqual(['up', 'up']));
  console_ = await startTestConsole({ bff: { redis: redisA, instanceId: 'a' } });
  throughB = console_.instance({ redis: redisB, instanceId: 'b' });
  cookie = await console_.cookieFor('developer');
  const created = await console_.json('admin', 'POST', '/api/repositories', {
    repositoryName: 'shared-state',
  });
  expect(created.status).toBe(201);
});
afterAll(async () => {
  await Promise.all(connections.map((redis) => redis.close()));
  await console_?.close();
  await redisServer?.kill();
});

describe('several instances sharing Valkey or Redis', () => {
  it('shares sessions: signed in through A, signed in on B, named by each answer', async () => {
    const response = await onB('/api/session');
    expect(response.headers.get('x-console-instance')).toBe('b');
    const body = (await response.json()) as { user: { userName: string } | null };
    expect(body.user?.userName).toBe('developer');
  });

  it('shows a branch moved through A on B at once, inside the tip window', async () => {
    // Another instance without the store: it keeps a tip for its window, as before.
    const onAlone = await signedInOn(console_.instance({ instanceId: 'alone' }));

    const first = await putFile('one\n');
    expect(await fileOn(onB)).toBe('one\n');
    expect(await fileOn(onAlone)).toBe('one\n');
    // Both now hold main's tip for their window, and the clock does not move.
    const second = await putFile('two\n', first);
    expect(await fileOn(onB)).toBe('two\n');
    expect(await fileOn(onAlone)).toBe('one\n');
    await putFile('three\n', second);
    expect(await fileOn(onB)).toBe('three\n');
  });

  it('shows a repository created through A in the list on B at once', async () => {
    const names = async () => {
      const response = await onB('/api/repositories');
      const body = (await response.json()) as { repositories: { repositoryName: string }[] };
      return body.repositories.map((entry) => entry.repositoryName);
    };
    expect(await names()).not.toContain('made-on-a');
    const created = await console_.json('admin', 'POST', '/api/repositories', {
      repositoryName: 'made-on-a',
    });
    expect(created.status).toBe(201);
    expect(await names()).toContain('made-on-a');
  });

  it('serves on B, with no CodeCommit call, a commit A read', async () => {
    const branches = (await (await onB(`${repository}/branches`)).json()) as {
      branches: { commitId: string }[];
    };
    const commitId = branches.branches[0]?.commitId ?? '';
    const onA = await console_.as('developer')(`${repository}/commits/${commitId}`);
    expect(onA.status).toBe(200);
    // Someone who has read nothing there through B: B learns what IAM lets them read (the
    // repository page asks), then serves the commit A loaded.
    const admin = { headers: { Cookie: await console_.cookieFor('admin') } };
    expect((await throughB(repository, admin)).status).toBe(200);
    const onBoth = await throughB(`${repository}/commits/${commitId}`, admin);
    expect(onBoth.status).toBe(200);
    expect(onBoth.headers.get('x-codecommit-calls')).toBe('0');
    expect(await onBoth.json()).toEqual(await onA.json());
  });

  it('keeps serving when the store goes away, says so once, and shares again when it is back', async () => {
    const [redisA] = connections;
    expect(await redisReadiness(redisA)).toEqual({ ready: true });
    await redisServer.kill();
    await vi.waitFor(() => expect(redisState(redisA)).toBe('down'));
    // Sessions cannot be read: a clear 503, never a 500.
    const refused = await onB(`${repository}/branches`);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /Sessions are unavailable: the console's shared store cannot be reached/,
    );
    expect(await redisReadiness(redisA)).toMatchObject({ ready: false });
    // The web app asks who is signed in first, and shows this answer.
    const who = await onB('/api/session');
    expect(who.status).toBe(503);
    for (let request = 0; request < 3; request += 1) await onB(repository);
    const said = logs.filter((line) => line.includes('cannot be reached'));
    expect(said.length).toBe(connections.length);

    await redisServer.restart();
    await vi.waitFor(() => expect(redisState(redisA)).toBe('up'), { timeout: 20_000 });
    expect(logs.filter((line) => line.includes('is back')).length).toBeGreaterThan(0);
    // The restarted store is empty: the old session is gone, so sign in again through A.
    const again = await (await onB('/api/session')).json();
    expect(again).toMatchObject({ user: null });
  });
});

describe('a console that keeps sessions in this process, with a shared cache', () => {
  it('keeps reading while the store is away', async () => {
    const server = await startRedisServer();
    const redis = connectRedis(server.url, { log: () => undefined });
    try {
      await vi.waitFor(() => expect(redis.state()).toBe('up'));
      const read = await signedInOn(
        console_.instance({ redis, sessionStore: memorySessionStore() }),
      );
      expect(await fileOn(read)).toBe('three\n');
      await server.kill();
      await vi.waitFor(() => expect(redis.state()).toBe('down'));
      expect(await fileOn(read)).toBe('three\n');
      expect((await read(`${repository}/branches`)).status).toBe(200);
    } finally {
      await redis.close();
      await server.kill();
    }
  });
});
