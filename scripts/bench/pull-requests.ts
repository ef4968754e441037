import {
  GetPullRequestCommand,
  ListPullRequestsCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsole } from '../console.ts';
import { onLoopback, signIn } from './console-bff.ts';
import { measureView, printViews, type ViewFigures } from './console-measure.ts';
import { readDifferences } from './console-reference.ts';
import { countingClient, inBatches } from './console-sdk.ts';
import { ensureWebBuild, webDist } from './console-web-build.ts';
import { pushLargePullRequest, pushManyPullRequests } from './pull-requests-repositories.ts';
import { benchChangesScrolling, diffStream } from './pull-requests-scroll.ts';
import { timeOnce } from './stats.ts';

const pullRequestCount = Number(process.env.BENCH_PULL_REQUESTS ?? 500);
/** What the console's list asks for first (its default page size). */
const listPageSize = 25;
const changedFiles = Number(process.env.BENCH_PULL_REQUEST_FILES ?? 1_000);
const samples = {
  cold: Number(process.env.BENCH_PULL_REQUEST_COLD ?? 5),
  warm: Number(process.env.BENCH_PULL_REQUEST_WARM ?? 10),
  reference: Number(process.env.BENCH_PULL_REQUEST_REFERENCE ?? 5),
};

/**
 * The list view's first page as the console reads it, straight from the emulator: one
 * ListPullRequests, then each pull request on it, 8 at a time.
 */
async function readFirstPage(
  client: CodeCommitClient,
  input: { repositoryName: string; authorArn?: string },
) {
  const page = await client.send(
    new ListPullRequestsCommand({ ...input, pullRequestStatus: 'OPEN', maxResults: listPageSize }),
  );
  return inBatches(page.pullRequestIds ?? [], 8, (pullRequestId) =>
    client.send(new GetPullRequestCommand({ pullRequestId })),
  );
}

/**
 * Pull request review at scale: the first page of a list of 500 pull requests and a pull request
 * that changes 1,000 files, through the BFF cold and warm beside the SDK, then that pull
 * request's changed-file tree and its stream of diffs scrolled to the end in Chromium.
 */
export async function benchPullRequests(): Promise<void> {
  let web: string | undefined;
  try {
    console.log(`Web app: ${await ensureWebBuild()}`);
    web = webDist;
  } catch (error) {
    console.log(`Web app: not built, so no scrolling figure (${String(error).slice(0, 300)})`);
  }
  const work = await mkdtemp(join(tmpdir(), 'bench-pull-requests-'));
  const running = await startConsole({
    dataDir: join(work, 'data'),
    port: 0,
    seed: false,
    webDist: web,
  });
  try {
    const url = onLoopback(running.url);
    const developer = running.emulator.users.find((user) => user.userName === 'developer')!;
    const sdk = countingClient(url, developer);
    const listRepository = 'bench-pull-requests';
    const opened = await timeOnce(() =>
      pushManyPullRequests({
        work,
        client: sdk.client,
        user: developer,
        repositoryName: listRepository,
        count: pullRequestCount,
      }),
    );
    console.log(
      `Opened ${pullRequestCount} pull requests through the SDK in ${(opened / 1000).toFixed(1)} s`,
    );
    const large = await pushLargePullRequest({
      work,
      client: sdk.client,
      user: developer,
      repositoryName: 'bench-large-pull-request',
      changedFiles,
    });

    const consoleSession = await signIn(url, 'developer');
    const warmUpPath = `/api/repositories/${listRepository}`;
    const rows: ViewFigures[] = [];
    const listPath = `/api/repositories/${listRepository}/pull-requests?pullRequestStatus=OPEN`;
    rows.push(
      await measureView({
        view: {
          name: `list of ${pullRequestCount} open: first page`,
          paths: [listPath],
          reference: ({ client }) => readFirstPage(client, { repositoryName: listRepository }),
        },
        consoleSession,
        sdk,
        warmUpPath,
        samples,
      }),
      await measureView({
        view: {
          name: `list of ${pullRequestCount} open: mine, first page`,
          paths: [`${listPath}&mine=true`],
          reference: ({ client }) =>
            readFirstPage(client, { repositoryName: listRepository, authorArn: developer.arn }),
        },
        consoleSession,
        sdk,
        warmUpPath,
        samples,
      }),
    );
    const { repositoryName, pullRequestId, sourceCommit, mergeBase } = large;
    const base = `/api/repositories/${repositoryName}`;
    rows.push(
      await measureView({
        view: {
          name: `pull request with ${changedFiles} changed files`,
          paths: [
            `${base}/pull-requests/${pullRequestId}`,
            `${base}/differences?beforeCommitSpecifier=${mergeBase}&afterCommitSpecifier=${sourceCommit}`,
          ],
          reference: async ({ client }) => {
            await client.send(new GetPullRequestCommand({ pullRequestId }));
            await readDifferences(client, {
              repositoryName,
              beforeCommitSpecifier: mergeBase,
              afterCommitSpecifier: sourceCommit,
            });
          },
        },
        consoleSession,
        sdk,
        warmUpPath,
        samples,
      }),
    );
    printViews(
      `Pull request views: CodeCommit calls and latency (ms); cold = new BFF per sample (${samples.cold}), ` +
        `warm = the console's BFF (${samples.warm}), SDK = the same data straight from the emulator (${samples.reference})`,
      rows,
    );
    console.log(
      `  the list: its first page, ${listPageSize} pull requests (what the list shows before any scrolling); ` +
        'each further page costs the same; open pull requests are read again every time, closed ones are cached; ' +
        '"mine" is ListPullRequests\' authorArn (cold: one GetRepository more, for the account in the ARN)',
    );
    console.log(
      '  the pull request view: GET the pull request, then the differences from its merge base ' +
        '(what the Changes tab asks); a pull request can change, so it is asked for every time',
    );
    if (web) await benchChangesScrolling({ url, pullRequest: large, changedFiles });
    if (web)
      await benchChangesScrolling({ url, pullRequest: large, changedFiles, target: diffStream });
  } finally {
    await running.close();
    await rm(work, { recursive: true, force: true });
  }
}
