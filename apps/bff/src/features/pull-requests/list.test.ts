import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../../testing/console.ts';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { seedRepository } from './review-fixture.ts';

interface Row {
  pullRequestId: string;
  authorArn: string;
  pullRequestStatus: string;
}
interface Page {
  status: number;
  calls: number;
  pullRequests: Row[];
  nextToken?: string;
  error?: string;
}

let console_: TestConsole;
let workDir: string;
const repo = '/api/repositories/many';
/** Ids in the order they were opened; every sixth by admin, the rest by developer. */
const opened: { pullRequestId: string; author: DemoUser }[] = [];

async function page(user: DemoUser, query: string): Promise<Page> {
  const response = await console_.json(user, 'GET', `${repo}/pull-requests?${query}`);
  const body = (await response.json()) as Omit<Page, 'status' | 'calls'>;
  return {
    ...body,
    status: response.status,
    calls: Number(response.headers.get('x-codecommit-calls')),
  };
}

/** Every page from the first, following nextToken to the end. */
async function walk(user: DemoUser, query: string): Promise<Page[]> {
  const pages = [await page(user, query)];
  for (let last = pages[0]; last?.nextToken; last = pages.at(-1)) {
    pages.push(await page(user, `${query}&nextToken=${encodeURIComponent(last.nextToken)}`));
  }
  return pages;
}

const ids = (pages: Page[]) =>
  pages.flatMap((each) => each.pullRequests.map((row) => row.pullRequestId));

beforeAll(async () => {
  // dana signs in with the developer's keys, but no IAM user of that name exists.
  console_ = await startTestConsole({ extraUsers: [{ userName: 'dana', profile: 'developer' }] });
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-pull-request-list-'));
  await seedRepository(console_, workDir, 'many', [
    { branch: 'main', files: { 'README.md': 'many\n' }, message: 'Start' },
    { branch: 'feature', files: { 'note.md': 'note\n' }, message: 'Add a note' },
  ]);
  for (let index = 0; index < 60; index += 1) {
    const author: DemoUser = index % 6 === 5 ? 'admin' : 'developer';
    const created = await console_.json(author, 'POST', `${repo}/pull-requests`, {
      title: `Pull request ${index}`,
      sourceReference: 'feature',
      destinationReference: 'main',
    });
    const { pullRequest } = (await created.json()) as { pullRequest: { pullRequestId: string } };
    opened.push({ pullRequestId: pullRequest.pullRequestId, author });
  }
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('the pull request list, page by page', () => {
  it('reads only the first page: 25 of 60 cost one ListPullRequests and 25 GetPullRequest', async () => {
    const first = await page('reader', 'pullRequestStatus=OPEN');
    expect(first.status).toBe(200);
    expect(first.calls).toBe(26);
    expect(first.pullRequests.map((row) => row.pullRequestId)).toEqual(
      opened
        .map((each) => each.pullRequestId)
        .reverse()
        .slice(0, 25),
    );
    expect(first.nextToken).toEqual(expect.any(String));
  });

  it('walks nextToken to every one of the 60, newest first, each once', async () => {
    const pages = await walk('reader', 'pullRequestStatus=OPEN');
    expect(pages.map((each) => each.pullRequests.length)).toEqual([25, 25, 10]);
    expect(pages.map((each) => each.calls)).toEqual([26, 26, 11]);
    expect(pages.at(-1)?.nextToken).toBeUndefined();
    expect(ids(pages)).toEqual(opened.map((each) => each.pullRequestId).reverse());
  });

  it('asks ListPullRequests for the author\'s own when "mine", and honours maxResults', async () => {
    const pages = await walk('admin', 'mine=true&maxResults=4');
    expect(pages.map((each) => each.pullRequests.length)).toEqual([4, 4, 2]);
    expect(ids(pages)).toEqual(
      opened
        .filter((each) => each.author === 'admin')
        .map((each) => each.pullRequestId)
        .reverse(),
    );
    expect(pages.flatMap((each) => each.pullRequests.map((row) => row.authorArn))).toEqual(
      Array(10).fill(expect.stringMatching(/:user\/admin$/)),
    );
    // The caller's ARN came from STS at sign-in: "mine" costs no extra call.
    expect(pages.map((each) => each.calls)).toEqual([5, 5, 3]);
  });

  it('decides "mine" by the ARN STS names, not by the console name', async () => {
    // dana acts through the developer profile: AWS records her work as the developer's.
    const danas = await walk('dana', 'mine=true&maxResults=25');
    const developers = await walk('developer', 'mine=true&maxResults=25');
    expect(ids(danas)).toEqual(ids(developers));
    expect(ids(danas).length).toBeGreaterThan(0);
    expect(ids(danas)).not.toEqual(ids(await walk('admin', 'mine=true&maxResults=25')));
  });

  it('serves a closed pull request from the cache, an open one from CodeCommit', async () => {
    const closing = opened[0]?.pullRequestId ?? '';
    const closed = await console_.json('developer', 'PATCH', `${repo}/pull-requests/${closing}`, {
      pullRequestStatus: 'CLOSED',
    });
    expect(closed.status).toBe(200);
    const cold = await page('developer', 'pullRequestStatus=CLOSED');
    const warm = await page('developer', 'pullRequestStatus=CLOSED');
    expect(warm.pullRequests).toEqual([
      expect.objectContaining({ pullRequestId: closing, pullRequestStatus: 'CLOSED' }),
    ]);
    expect([cold.calls, warm.calls]).toEqual([2, 1]);
    const open = await page('developer', 'pullRequestStatus=OPEN&maxResults=3');
    expect(open.calls).toBe(4);
  });

  it("refuses a page size outside 1..100 and a token that is not CodeCommit's with 400", async () => {
    const tooMany = await page('reader', 'maxResults=101');
    expect(tooMany.status).toBe(400);
    expect(tooMany.error).toMatch(/^maxResults: .*at most 100/);
    const none = await page('reader', 'maxResults=0');
    expect(none.status).toBe(400);
    expect(none.error).toMatch(/^maxResults: /);
    const forged = await page('reader', 'nextToken=not-a-token');
    expect(forged.status).toBe(400);
    expect(forged.error).toMatch(/token/i);
  });
});
