import { REGION_HEADER } from '@cc/shared/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBff } from '../index.ts';
import { startTestConsole, type TestConsole } from '../testing/console.ts';

let console_: TestConsole;

beforeAll(async () => {
  console_ = await startTestConsole({ regions: ['us-east-1', 'eu-west-1'] });
});
afterAll(() => console_.close());

const names = async (response: Response) =>
  ((await response.json()) as { repositories: { repositoryName: string }[] }).repositories.map(
    (repository) => repository.repositoryName,
  );

describe('regions', () => {
  it('offers the regions to switch between, the person’s own first', async () => {
    const session = (await (await console_.as('reader')('/api/session')).json()) as {
      regions?: string[];
    };
    expect(session.regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('makes each request’s client in the region it names: repositories are regional', async () => {
    const created = await console_.as('developer')('/api/repositories', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'http://localhost',
        'Sec-Fetch-Site': 'same-origin',
        [REGION_HEADER]: 'eu-west-1',
      },
      body: JSON.stringify({ repositoryName: 'in-ireland' }),
    });
    expect(created.status).toBe(201);
    const { repository } = (await created.json()) as { repository: { Arn: string } };
    expect(repository.Arn).toMatch(/^arn:aws:codecommit:eu-west-1:/);

    const ireland = await console_.as('reader')('/api/repositories', {
      headers: { [REGION_HEADER]: 'eu-west-1' },
    });
    expect(await names(ireland)).toEqual(['in-ireland']);
    expect(await names(await console_.as('reader')('/api/repositories'))).toEqual([]);
    // A link the browser follows by itself names the region in its query.
    const byQuery = await console_.as('reader')('/api/repositories/in-ireland?region=eu-west-1');
    expect(byQuery.status).toBe(200);
    expect((await console_.as('reader')('/api/repositories/in-ireland')).status).toBe(404);
  });

  it('refuses a region the console does not serve, naming it and the setting', async () => {
    const response = await console_.as('reader')('/api/repositories', {
      headers: { [REGION_HEADER]: 'ap-south-2' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(
      'region: ap-south-2 is not a region this console serves (CODECOMMIT_REGIONS: us-east-1, eu-west-1)',
    );
  });

  it('will not start with a region name that is not one', () => {
    expect(() =>
      createBff({
        sessionSecret: 'test-session-secret-of-at-least-32-characters',
        signIn: { demoUsers: [{ userName: 'me', defaultCredentials: true }] },
        regions: 'us-east-1,Ireland',
      }),
    ).toThrow('CODECOMMIT_REGIONS: "Ireland" is not an AWS region name');
  });
});
