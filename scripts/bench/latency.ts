import { createEmulator, type Emulator } from '@cc/emulator';
import {
  CodeCommitClient,
  CreateCommitCommand,
  CreateRepositoryCommand,
} from '@aws-sdk/client-codecommit';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticatedUrl } from '../lib/git-password.ts';
import { run } from '../lib/run.ts';
import { ensureWebBuild, webDist } from './console-web-build.ts';
import { startBffProcess } from './latency-bff.ts';
import { startCgit } from './latency-cgit.ts';
import { launchChromium, openTab, type Browser, type Visit } from './latency-browser.ts';
import {
  latencyFromEnv,
  sequentialRoundTrips,
  startLatencyProxy,
  type ProxiedCall,
} from './latency-proxy.ts';
import { generateExpressLike } from './latency-repository.ts';
import { median, printTable } from './stats.ts';

const repositoryName = 'express';

interface ViewFigures {
  name: string;
  /** CodeCommit calls until the content showed, and during the whole visit. */
  callsToContent: number;
  calls: number;
  throttled: number;
  roundTrips: number;
  cold: Visit;
  reload: Visit;
  reloadCalls: number;
  /** CodeCommit calls the view's API requests cost once warm (no reload header). */
  warmCalls: number;
  /** The API requests that still cost calls once warm, with their calls: what to look at. */
  warmCosts: string[];
  cgitCold: Visit;
  cgitReload: Visit;
  /** First visits' times in ms, one per sample (a fresh BFF and browser context each). */
  coldMs: number[];
  cgitColdMs: number[];
}

/** Waits until no call has gone through the proxy for a second (background walks finished). */
async function untilIdle(calls: ProxiedCall[]): Promise<void> {
  for (let waited = 0; waited < 120; waited += 1) {
    const last = Math.max(0, ...calls.map((call) => call.end));
    if (performance.now() - last > 1000) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * `pnpm bench latency`: each console view in Chromium through a proxy that gives every
 * CodeCommit call AWS-like latency and rate limits, beside cgit serving the same repository
 * behind nginx and fcgiwrap; then the targets, met or not.
 */
export async function benchLatency(): Promise<void> {
  const latency = latencyFromEnv();
  const work = await mkdtemp(join(tmpdir(), 'bench-latency-'));
  const stops: (() => Promise<void>)[] = [];
  let browser: Browser | undefined;
  try {
    console.log(await ensureWebBuild());
    const staticDir = webDist;
    const repository = await generateExpressLike({ gitDir: join(work, 'express.git') });
    console.log(
      `Repository: ${repository.commits} commits, ${repository.branches} branches, ` +
        `${repository.tags} tags, ${repository.largeFilePath} of 120 KB`,
    );

    // The emulator's own server first: the proxy needs its address, and the emulator needs the
    // proxy's, so clone URLs (and git's info/refs) go through the proxy too.
    const started: { emulator?: Emulator } = {};
    const emulatorServer = createServer((req, res) => started.emulator?.handle(req, res));
    await new Promise<void>((resolve) => emulatorServer.listen(0, '127.0.0.1', resolve));
    const emulatorUrl = `http://127.0.0.1:${(emulatorServer.address() as AddressInfo).port}`;
    const proxy = await startLatencyProxy(emulatorUrl, latency);
    const running = await createEmulator({ dataDir: join(work, 'data'), publicUrl: proxy.url });
    started.emulator = running;
    stops.push(async () => {
      await proxy.close();
      emulatorServer.closeAllConnections();
      await new Promise<void>((resolve) => emulatorServer.close(() => resolve()));
      await running.close();
    });
    const developer = running.users.find((user) => user.userName === 'developer')!;
    const direct = new CodeCommitClient({
      endpoint: emulatorUrl,
      region: 'us-east-1',
      credentials: developer,
    });
    await direct.send(new CreateRepositoryCommand({ repositoryName }));
    // Another repository, for warming each BFF up (see `startBff`) without touching express.
    await direct.send(new CreateRepositoryCommand({ repositoryName: 'warm-up' }));
    const warmUp = await direct.send(
      new CreateCommitCommand({
        repositoryName: 'warm-up',
        branchName: 'main',
        commitMessage: 'Warm up',
        putFiles: [{ filePath: 'src/index.md', fileContent: new TextEncoder().encode('# Warm\n') }],
      }),
    );
    const pushUrl = authenticatedUrl({
      url: `${emulatorUrl}/v1/repos/${repositoryName}`,
      region: 'us-east-1',
      ...developer,
    });
    await run(
      'git',
      ['push', '-q', pushUrl, 'refs/heads/*:refs/heads/*', 'refs/tags/*:refs/tags/*'],
      {
        cwd: repository.gitDir,
      },
    );

    process.env.AWS_CONFIG_FILE = running.configFile;
    process.env.AWS_SHARED_CREDENTIALS_FILE = running.credentialsFile;
    process.env.AWS_ENDPOINT_URL_CODECOMMIT = proxy.url;
    process.env.AWS_REGION = 'us-east-1';
    // The BFF runs in its own process, as it would beside AWS (see latency-bff.ts).
    // A deployment's BFF has served others before: each starts with its code warm, from views
    // of another repository, and with nothing of express in its cache.
    /** A fresh browser context (a cold cache), signed in to `bffUrl` as the developer. */
    const signedInContext = async (bffUrl: string) => {
      const context = await browser!.newContext({ viewport });
      const signedIn = await context.request.post(`${bffUrl}/api/session`, {
        data: { userName: 'developer' },
        headers: { Origin: bffUrl },
      });
      if (!signedIn.ok()) throw new Error(`sign-in: HTTP ${signedIn.status()}`);
      return context;
    };
    const startBff = async () => {
      const bff = await startBffProcess(staticDir);
      const warming = await signedInContext(bff.url);
      try {
        const warm = '/repositories/warm-up';
        for (const path of [
          warm,
          `${warm}/tree/main`,
          `${warm}/blob/main/src/index.md`,
          `${warm}/commits/main`,
          `${warm}/commit/${warmUp.commitId}`,
        ]) {
          const tab = await openTab(warming);
          await tab.visit(
            `${bff.url}${path}`,
            '.folder-entry, .plain-code, .monaco-editor .view-lines, .commit-row, .file-diff',
          );
          await tab.close();
        }
      } finally {
        await warming.close();
      }
      return bff;
    };

    const cgit = await startCgit({ work, name: repositoryName, gitDir: repository.gitDir });
    stops.push(cgit.close);
    browser = await launchChromium();
    const viewport = { width: 1280, height: 900 };
    const base = `/repositories/${repositoryName}`;
    const tip = repository.tipCommitId;
    const views = [
      {
        // cgit's summary lists no files: its tree is the page that shows what the home shows.
        name: 'home',
        path: base,
        selector: '.folder-entry .folder-entry-name, .fp-entry-name',
        cgit: `/${repositoryName}/tree/`,
        cgitSelector: 'table.list',
      },
      {
        name: 'tree',
        path: `${base}/tree/main`,
        selector: '.folder-entry .folder-entry-name, .fp-entry-name',
        cgit: `/${repositoryName}/tree/`,
        cgitSelector: 'table.list',
      },
      {
        name: 'file (120 KB)',
        path: `${base}/blob/main/${repository.largeFilePath}`,
        selector: '.plain-code, .monaco-editor .view-lines, .fp-code',
        cgit: `/${repositoryName}/tree/${repository.largeFilePath}`,
        cgitSelector: 'table.blob',
      },
      {
        name: 'history',
        path: `${base}/commits/main`,
        selector: '.commit-row, .fp-commit',
        cgit: `/${repositoryName}/log/`,
        cgitSelector: 'table.list',
      },
      {
        name: 'commit',
        path: `${base}/commit/${tip}`,
        selector: '.file-diff, .fp-file',
        cgit: `/${repositoryName}/commit/?id=${tip}`,
        cgitSelector: 'table.diff',
      },
    ];

    const between = (calls: ProxiedCall[], from: number, to: number) =>
      calls.filter((call) => call.start >= from && call.start <= to);
    // CodeCommit is never cold, and neither is Chromium's binary: one unmeasured pass through
    // every view warms the emulator's processes and the browser, with its own BFF and contexts,
    // so each measured view still starts with a cold BFF and a cold browser cache.
    {
      const bff = await startBff();
      const context = await signedInContext(bff.url);
      try {
        const tab = await openTab(context);
        for (const view of views) await tab.visit(`${bff.url}${view.path}`, view.selector);
        await tab.close();
        const cgitContext = await browser.newContext({ viewport });
        const cgitTab = await openTab(cgitContext);
        for (const view of views) await cgitTab.visit(`${cgit.url}${view.cgit}`, view.cgitSelector);
        await cgitContext.close();
      } finally {
        await context.close();
        await bff.close();
      }
      await untilIdle(proxy.calls);
    }
    // One sample is one first visit; the figures are the median of several, each with a BFF and
    // a browser context of its own, as a busy machine's timings vary from one visit to the next.
    const samples = Math.max(1, Number(process.env.BENCH_LATENCY_SAMPLES ?? 5));
    const coldSample = async (view: (typeof views)[number]) => {
      const bff = await startBff();
      const context = await signedInContext(bff.url);
      try {
        const tab = await openTab(context);
        const from = performance.now();
        const cold = await tab.visit(`${bff.url}${view.path}`, view.selector);
        const toContent = between(proxy.calls, from, performance.now()).filter(
          (call) => call.end <= cold.readBy,
        );
        await untilIdle(proxy.calls);
        return { ms: cold.ms, roundTrips: sequentialRoundTrips(toContent) };
      } finally {
        await context.close();
        await bff.close();
      }
    };
    const cgitSample = async (view: (typeof views)[number]) => {
      const context = await browser!.newContext({ viewport });
      try {
        return (await (await openTab(context)).visit(`${cgit.url}${view.cgit}`, view.cgitSelector))
          .ms;
      } finally {
        await context.close();
      }
    };
    const rows: ViewFigures[] = [];
    let historyVisitedMs = Number.NaN;
    let historyVisitedCalls = Number.NaN;
    for (const view of views) {
      const bff = await startBff();
      const context = await signedInContext(bff.url);
      try {
        const tab = await openTab(context);
        const from = performance.now();
        const cold = await tab.visit(`${bff.url}${view.path}`, view.selector);
        const visitCalls = between(proxy.calls, from, performance.now());
        // Only calls answered before the content showed can be on its critical path.
        const toContent = visitCalls.filter((call) => call.end <= cold.readBy);
        if (process.env.BENCH_LATENCY_TRACE) {
          console.log(
            `  ${view.name}: calls until the content showed at ${Math.round(cold.shownAt - from)} ms ` +
              `(page ends at ${Math.round(cold.documentEnd)} ms, content at ${Math.round(cold.ms)} ms in the page's time)`,
          );
          for (const resource of cold.resources.filter((entry) => entry.start <= cold.ms))
            console.log(
              `    ${String(Math.round(resource.start)).padStart(5)}-${String(Math.round(resource.end)).padEnd(5)} ${new URL(resource.name).pathname.slice(0, 90)}`,
            );
          for (const call of toContent)
            console.log(
              `    ${String(Math.round(call.start - from)).padStart(5)}-${String(Math.round(call.end - from)).padEnd(5)} ${call.operation}`,
            );
        }
        const reloadFrom = performance.now();
        const reload = await tab.visit('reload', view.selector);
        const reloadCalls = between(proxy.calls, reloadFrom, performance.now()).length;
        const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
        let warmCalls = 0;
        const warmCosts: string[] = [];
        for (const path of new Set(reload.apiPaths)) {
          const answer = await fetch(`${bff.url}${path}`, { headers: { Cookie: cookie } });
          const calls = Number(answer.headers.get('x-codecommit-calls') ?? 0);
          warmCalls += calls;
          if (calls > 0) warmCosts.push(`${path} (${calls})`);
        }
        if (view.name === 'history') {
          // Someone else, on the same deployment, once this visit's walk has finished.
          await untilIdle(proxy.calls);
          const other = await signedInContext(bff.url);
          try {
            const otherTab = await openTab(other);
            const visitedFrom = performance.now();
            const visited = await otherTab.visit(`${bff.url}${view.path}`, view.selector, 49);
            historyVisitedMs = visited.ms;
            historyVisitedCalls = between(proxy.calls, visitedFrom, visited.shownAt).length;
          } finally {
            await other.close();
          }
        }
        await tab.close();
        const cgitContext = await browser.newContext({ viewport });
        const cgitTab = await openTab(cgitContext);
        const cgitCold = await cgitTab.visit(`${cgit.url}${view.cgit}`, view.cgitSelector);
        const cgitReload = await cgitTab.visit('reload', view.cgitSelector);
        await cgitContext.close();
        await untilIdle(proxy.calls);
        const coldMs = [cold.ms];
        const cgitColdMs = [cgitCold.ms];
        let roundTrips = sequentialRoundTrips(toContent);
        for (let sample = 1; sample < samples; sample += 1) {
          const more = await coldSample(view);
          coldMs.push(more.ms);
          roundTrips = Math.max(roundTrips, more.roundTrips);
          cgitColdMs.push(await cgitSample(view));
        }
        rows.push({
          name: view.name,
          callsToContent: toContent.length,
          calls: visitCalls.length,
          throttled: visitCalls.filter((call) => call.throttled).length,
          roundTrips,
          coldMs,
          cgitColdMs,
          cold,
          reload,
          reloadCalls,
          warmCalls,
          warmCosts,
          cgitCold,
          cgitReload,
        });
      } finally {
        await context.close();
        await bff.close();
      }
    }

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    const ms = (value: number) => Math.round(value);
    printTable(
      `Views in Chromium through a ${latency.delayMs} ms (±${latency.jitterMs}) CodeCommit ` +
        `latency proxy, ${latency.ratePerSecond}/s per operation (burst ${latency.burst}); ` +
        `first visit = cold browser and BFF (median of ${samples}; round trips: the most), reload = warm`,
      [
        'view',
        'calls to content',
        'all',
        'throttled',
        'round trips',
        'in page',
        'first ms',
        'reload ms',
        'reload calls',
        'warm calls',
        'bytes first',
        'bytes reload',
        'cgit first ms',
        'cgit reload ms',
        'cgit bytes',
        'x cgit',
      ],
      rows.map((row) => [
        row.name,
        String(row.callsToContent),
        String(row.calls),
        String(row.throttled),
        String(row.roundTrips),
        row.cold.painted ? 'yes' : 'no',
        String(ms(median(row.coldMs))),
        String(ms(row.reload.ms)),
        String(row.reloadCalls),
        String(row.warmCalls),
        kb(row.cold.bytes),
        kb(row.reload.bytes),
        String(ms(median(row.cgitColdMs))),
        String(ms(row.cgitReload.ms)),
        kb(row.cgitCold.bytes),
        (median(row.coldMs) / median(row.cgitColdMs)).toFixed(2),
      ]),
    );
    console.log(
      `  history once visited (another browser, same BFF): 50 commits in ${ms(historyVisitedMs)} ms, ` +
        `${historyVisitedCalls} calls`,
    );
    for (const row of rows.filter((entry) => entry.warmCosts.length > 0))
      console.log(`  ${row.name}, once warm, still costs: ${row.warmCosts.join(', ')}`);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const others = rows.filter((row) => row.name !== 'history');
    const history = rows.find((row) => row.name === 'history');
    const file = rows.find((row) => row.name.startsWith('file'));
    const targets: [string, boolean][] = [
      [
        '3 sequential round trips per view except history',
        others.every((row) => row.roundTrips <= 3),
      ],
      [
        'within 2x of cgit (first visit, medians)',
        rows.every((row) => median(row.coldMs) <= 2 * median(row.cgitColdMs)),
      ],
      ['history: first commits within 3 round trips', (history?.roundTrips ?? 99) <= 3],
      ['history: 50 commits within 1 s once visited', historyVisitedMs <= 1000],
      ['warm views cost 0 calls', rows.every((row) => row.warmCalls === 0)],
      [
        'file text within 1.5x of cgit (first visit)',
        file !== undefined && median(file.coldMs) <= 1.5 * median(file.cgitColdMs),
      ],
    ];
    console.log('Targets:');
    for (const [target, ok] of targets) console.log(`  ${met(ok).padEnd(7)} ${target}`);
  } finally {
    await browser?.close();
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
