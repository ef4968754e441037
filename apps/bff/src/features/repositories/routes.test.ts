import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';

let console_: TestConsole;
beforeAll(async () => {
  console_ = await startTestConsole();
});
afterAll(async () => {
  await console_.close();
});

interface RepositoryBody {
  repository: {
    repositoryName: string;
    repositoryDescription?: string;
    creationDate?: string;
    Arn?: string;
  };
}

describe('repositories', () => {
  it('creates repositories and lists them with their metadata', async () => {
    for (const repositoryName of ['beta', 'alpha']) {
      const created = await console_.json('developer', 'POST', '/api/repositories', {
        repositoryName,
        repositoryDescription: `The ${repositoryName} service`,
        tags: { team: 'core' },
      });
      expect(created.status).toBe(201);
      const body = (await created.json()) as RepositoryBody;
      expect(body.repository.repositoryName).toBe(repositoryName);
      expect(body.repository.creationDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    const listed = await console_.as('reader')('/api/repositories');
    expect(listed.status).toBe(200);
    const { repositories } = (await listed.json()) as {
      repositories: RepositoryBody['repository'][];
    };
    expect(repositories.map((r) => [r.repositoryName, r.repositoryDescription])).toEqual([
      ['alpha', 'The alpha service'],
      ['beta', 'The beta service'],
    ]);
    // One ListRepositories page and one BatchGetRepositories call, whatever the count.
    expect(listed.headers.get('x-codecommit-calls')).toBe('2');
    // Listed again within seconds: the list is reused.
    const warm = await console_.as('reader')('/api/repositories');
    expect(warm.headers.get('x-codecommit-calls')).toBe('0');
  });

  it('shows a change made through the console in the next list at once, for every user', async () => {
    await console_.as('reader')('/api/repositories');
    await console_.json('developer', 'POST', '/api/repositories', { repositoryName: 'delta' });
    const listed = await console_.as('reader')('/api/repositories');
    expect(listed.headers.get('x-codecommit-calls')).toBe('2');
    const { repositories } = (await listed.json()) as {
      repositories: { repositoryName: string }[];
    };
    expect(repositories.map((r) => r.repositoryName)).toContain('delta');
    await console_.json('admin', 'DELETE', '/api/repositories/delta');
    const after = (await (await console_.as('reader')('/api/repositories')).json()) as {
      repositories: { repositoryName: string }[];
    };
    expect(after.repositories.map((r) => r.repositoryName)).not.toContain('delta');
  });

  it('reads one repository and its tags, and changes its description', async () => {
    const read = await console_.as('reader')('/api/repositories/alpha');
    expect(((await read.json()) as RepositoryBody).repository.Arn).toMatch(/:alpha$/);
    const tags = await console_.as('reader')('/api/repositories/alpha/tags');
    expect(await tags.json()).toEqual({ tags: { team: 'core' } });
    const changed = await console_.json('developer', 'PATCH', '/api/repositories/alpha', {
      repositoryDescription: 'Renamed later',
    });
    expect(((await changed.json()) as RepositoryBody).repository.repositoryDescription).toBe(
      'Renamed later',
    );
  });

  it('answers 400 naming the field for bad input, before calling CodeCommit', async () => {
    const badName = await console_.json('admin', 'POST', '/api/repositories', {
      repositoryName: 'no spaces',
    });
    expect(badName.status).toBe(400);
    expect(((await badName.json()) as { error: string }).error).toMatch(/^repositoryName: /);
    expect(badName.headers.get('x-codecommit-calls')).toBe('0');
    const missing = await console_.json('admin', 'POST', '/api/repositories', {});
    expect(((await missing.json()) as { error: string }).error).toMatch(/^repositoryName: /);
    const malformed = await console_.as('admin')('/api/repositories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"repositoryName":',
    });
    expect(malformed.status).toBe(400);
  });

  it('maps CodeCommit refusals to HTTP statuses with AWS message and exception name', async () => {
    const duplicate = await console_.json('admin', 'POST', '/api/repositories', {
      repositoryName: 'alpha',
    });
    expect(duplicate.status).toBe(409);
    expect(((await duplicate.json()) as { code: string }).code).toBe(
      'RepositoryNameExistsException',
    );
    const missing = await console_.as('admin')('/api/repositories/nowhere');
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as { error: string; code: string };
    expect(body.code).toBe('RepositoryDoesNotExistException');
    expect(body.error).toContain('nowhere');
  });

  it("refuses the reader's create with AWS's AccessDenied message as a 403", async () => {
    const refused = await console_.json('reader', 'POST', '/api/repositories', {
      repositoryName: 'gamma',
    });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: string; code: string };
    expect(body.code).toBe('AccessDeniedException');
    expect(body.error).toContain(
      'user/reader is not authorized to perform: codecommit:CreateRepository',
    );
  });

  it('refuses a cross-site create', async () => {
    const refused = await console_.as('admin')('/api/repositories', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
        'Sec-Fetch-Site': 'cross-site',
      },
      body: JSON.stringify({ repositoryName: 'forged' }),
    });
    expect(refused.status).toBe(403);
    const listed = await console_.as('admin')('/api/repositories');
    const { repositories } = (await listed.json()) as {
      repositories: { repositoryName: string }[];
    };
    expect(repositories.map((r) => r.repositoryName)).not.toContain('forged');
  });

  it('never sends AWS secrets to the browser', async () => {
    const { readFile } = await import('node:fs/promises');
    const credentials = await readFile(process.env.AWS_SHARED_CREDENTIALS_FILE ?? '', 'utf8');
    const secrets = [...credentials.matchAll(/aws_secret_access_key\s*=\s*(\S+)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const path of ['/api/session', '/api/repositories', '/api/repositories/alpha']) {
      const text = await (await console_.as('admin')(path)).text();
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});
