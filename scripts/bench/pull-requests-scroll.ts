import { launchChromium } from './pull-requests-playwright.ts';
import type { BenchPullRequest } from './pull-requests-repositories.ts';

const TARGET_MS = 200;
const WHEEL_PX = 300;

/** What is scrolled: the changed-file tree, or the stream of every file's diff. */
export interface ScrollTarget {
  /** Shown in the figures' heading. */
  name: string;
  selector: string;
  /** Each row (a file) inside it. */
  rows: string;
}

const fileTree: ScrollTarget = {
  name: 'changed-file tree',
  selector: '[aria-label="Changed files"]',
  rows: '[role="treeitem"], li',
};

export const diffStream: ScrollTarget = {
  name: "diff stream (every file's diff)",
  selector: '[aria-label="All changes"]',
  rows: '.diff-stream-item',
};

// Runs in the page before its own scripts: keeps every main-thread task over 50 ms.
const recordLongTasks = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

// One look at the list after the next two frames: where it is scrolled, and its last row.
const listPosition = (target: ScrollTarget) => `(async () => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const list = document.querySelector('${target.selector}');
  const rows = [...list.querySelectorAll('${target.rows}')];
  const last = rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).at(-1);
  return {
    scrollTop: list.scrollTop,
    maxScrollTop: list.scrollHeight - list.clientHeight,
    lastRow: last ? last.textContent : '',
  };
})()`;

interface ListPosition {
  scrollTop: number;
  maxScrollTop: number;
  lastRow: string;
}

interface LongTask {
  startTime: number;
  duration: number;
}

/**
 * Opens the pull request's Changes tab in Chromium and scrolls its changed-file tree (or the
 * stream of diffs, as `target` says) to the
 * end with the mouse wheel, recording main-thread long tasks (PerformanceObserver 'longtask').
 * Prints the longest task while scrolling against the 200 ms target.
 */
export async function benchChangesScrolling(options: {
  url: string;
  pullRequest: BenchPullRequest;
  changedFiles: number;
  target?: ScrollTarget;
}): Promise<void> {
  const { url, pullRequest, changedFiles, target = fileTree } = options;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordLongTasks);
    const signedIn = await context.request.post(`${url}/api/session`, {
      data: { userName: 'developer' },
      headers: { Origin: url },
    });
    if (!signedIn.ok()) throw new Error(`sign-in in Chromium: ${signedIn.status()}`);
    const page = await context.newPage();
    let apiRequests = 0;
    let codeCommitCalls = 0;
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      apiRequests += 1;
      codeCommitCalls += Number(response.headers()['x-codecommit-calls'] ?? 0);
    });
    const { repositoryName, pullRequestId } = pullRequest;
    const address = `${url}/repositories/${repositoryName}/pull-requests/${pullRequestId}/changes`;
    const opened = performance.now();
    await page.goto(address);
    const list = page.locator(target.selector).first();
    try {
      await list.locator(target.rows).first().waitFor({ timeout: 60_000 });
    } catch {
      console.log(
        `\nScrolling a pull request's changes in Chromium: the web app has no changes view yet ` +
          `(nothing matching ${target.selector} with rows at ${address.replace(url, '')} within 60 s)`,
      );
      return;
    }
    const shownMs = performance.now() - opened;
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const scrollFrom = (await page.evaluate('performance.now()')) as number;

    const box = await list.boundingBox();
    if (!box) throw new Error('the changes list has no box to scroll');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let position = (await page.evaluate(listPosition(target))) as ListPosition;
    // The stream's height grows as its files are measured: the bound follows it.
    const maxSteps = () => Math.ceil(position.maxScrollTop / WHEEL_PX) + 50;
    let steps = 0;
    while (position.scrollTop < position.maxScrollTop - 1 && steps < maxSteps()) {
      await page.mouse.wheel(0, WHEEL_PX);
      position = (await page.evaluate(listPosition(target))) as ListPosition;
      steps += 1;
    }
    const scrollMs = (await page.evaluate('performance.now()')) as number;
    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    const during = tasks.filter((task) => task.startTime >= scrollFrom);
    const before = tasks.filter((task) => task.startTime < scrollFrom);
    const longest = (list: LongTask[]) => Math.max(0, ...list.map((task) => task.duration));
    const blocking = during.reduce((sum, task) => sum + task.duration - 50, 0);
    const lastPath = `file-${String(changedFiles - 1).padStart(5, '0')}`;

    console.log(
      `\nScrolling the Changes tab's ${target.name} of a pull request with ${changedFiles} changed files in Chromium`,
    );
    console.log(
      `  list shown ${shownMs.toFixed(0)} ms after navigation; page load: ${apiRequests} API ` +
        `requests, ${codeCommitCalls} CodeCommit calls; longest task while loading ${longest(before).toFixed(0)} ms`,
    );
    console.log(
      `  scrolled ${position.scrollTop.toFixed(0)} px in ${steps} wheel steps of ${WHEEL_PX} px over ` +
        `${((scrollMs - scrollFrom) / 1000).toFixed(1)} s; reached the last file: ` +
        `${position.lastRow.includes(lastPath) ? 'yes' : `no (last row: ${position.lastRow.slice(0, 120)})`}`,
    );
    console.log(
      `  longest main-thread task while scrolling: ${longest(during).toFixed(0)} ms ` +
        `(${during.length} tasks over 50 ms, ${blocking.toFixed(0)} ms blocking); ` +
        `target under ${TARGET_MS} ms: ${longest(during) < TARGET_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
  }
}
