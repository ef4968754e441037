import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The slice of Playwright this benchmark uses (@playwright/test belongs to the e2e package).
interface Locator {
  first(): Locator;
  nth(index: number): Locator;
  waitFor(options: { timeout: number; state?: 'attached' | 'visible' }): Promise<void>;
}
interface Request {
  url(): string;
}
interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(event: string, listener: (event: Record<string, unknown>) => void): void;
}
export interface Page {
  goto(url: string, options: { waitUntil: 'commit' }): Promise<unknown>;
  reload(options: { waitUntil: 'commit' }): Promise<unknown>;
  locator(selector: string): Locator;
  evaluate(expression: string): Promise<unknown>;
  addInitScript(script: { content: string }): Promise<void>;
  on(event: 'request', listener: (request: Request) => void): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
}
export interface BrowserContext {
  request: {
    post(
      url: string,
      options: { data: unknown; headers: Record<string, string> },
    ): Promise<{ ok(): boolean; status(): number }>;
  };
  cookies(): Promise<{ name: string; value: string }[]>;
  newPage(): Promise<Page>;
  newCDPSession(page: Page): Promise<CdpSession>;
  close(): Promise<void>;
}
export interface Browser {
  newContext(options: { viewport: { width: number; height: number } }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const require = createRequire(new URL('../../e2e/package.json', import.meta.url));
  const entry = join(dirname(require.resolve('@playwright/test')), 'index.mjs');
  const { chromium } = (await import(pathToFileURL(entry).href)) as {
    chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };
  };
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
}

/** One page load as Chromium saw it. */
export interface Visit {
  /** From navigation start to the content's selector being visible, in ms. */
  ms: number;
  /** Bytes on the wire (CDP encodedDataLength: headers and compressed bodies). */
  bytes: number;
  /** performance.now() in this process when the content showed. */
  shownAt: number;
  /** The content came in the page (the BFF's first paint), not drawn by the app. */
  painted: boolean;
  /** When the page's last byte arrived, in ms from navigation start. */
  documentEnd: number;
  /** performance.now() here by when the content's data had arrived: the page's end if painted. */
  readBy: number;
  /** Same-origin API requests the page made. */
  apiPaths: string[];
  /** What the page fetched, as its Resource Timing saw it: when each started and ended, in ms. */
  resources: { name: string; start: number; end: number }[];
}

/** A tab that counts what crosses the wire and times navigations to a visible selector. */
export async function openTab(context: BrowserContext): Promise<{
  visit(url: string | 'reload', selector: string, nth?: number): Promise<Visit>;
  close(): Promise<void>;
}> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += Number(event.encodedDataLength ?? 0);
  });
  let apiPaths: string[] = [];
  const problems: string[] = [];
  // Init scripts stay on the tab: each watch is added once, however often a view is visited.
  const watching = new Set<string>();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) apiPaths.push(url.pathname + url.search);
  });
  return {
    async visit(url, selector, nth = 0) {
      bytes = 0;
      apiPaths = [];
      if (!watching.has(`${selector}#${nth}`)) {
        watching.add(`${selector}#${nth}`);
        await page.addInitScript({ content: contentWatch(selector, nth) });
      }
      if (url === 'reload') await page.reload({ waitUntil: 'commit' });
      else await page.goto(url, { waitUntil: 'commit' });
      try {
        await page.locator(selector).nth(nth).waitFor({ timeout: 60_000, state: 'visible' });
      } catch (error) {
        const body = await page.evaluate('document.documentElement.outerHTML.slice(0, 4000)');
        throw new Error(
          `${url}: ${selector} never showed\n${problems.join('\n')}\n${String(body)}`,
          { cause: error },
        );
      }
      // The page's own record of when the content first showed (see `contentWatch`), not when
      // this process heard of it: under load that news arrives a frame or more late.
      const [ms, pageOrigin, painted, documentEnd] = (await page.evaluate(
        `[window.__contentShown[${JSON.stringify(`${selector}#${nth}`)}], performance.timeOrigin, window.__contentShown[${JSON.stringify(`${selector}#${nth}:painted`)}] === true, performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0]`,
      )) as [number, number, boolean, number];
      const shownAt = pageOrigin + ms - performance.timeOrigin;
      // Content sent within the page itself was read, whole, before the page's last byte left.
      const readBy = painted ? pageOrigin + documentEnd - performance.timeOrigin : shownAt;
      const resources = (await page.evaluate(
        `performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }))`,
      )) as Visit['resources'];
      // Let what the page still loads (Monaco, fonts) arrive before counting bytes.
      await page.evaluate('new Promise((resolve) => setTimeout(resolve, 1500))');
      return {
        ms,
        bytes,
        shownAt,
        readBy,
        painted,
        documentEnd,
        apiPaths: [...apiPaths],
        resources,
      };
    },
    close: () => page.close(),
  };
}

/**
 * A script for each new document: it notes `performance.now()` at the first animation frame in
 * which the `nth` element matching `selector` is in the layout, as `window.__contentShown`.
 */
function contentWatch(selector: string, nth: number): string {
  const key = JSON.stringify(`${selector}#${nth}`);
  return `(() => {
    const shown = (window.__contentShown ??= {});
    const key = ${key};
    let found = false;
    const check = () => {
      if (found) return;
      const element = document.querySelectorAll(${JSON.stringify(selector)})[${nth}];
      if (!element || element.getClientRects().length === 0) return;
      found = true;
      observer.disconnect();
      shown[key + ':painted'] = element.closest('#first-paint') !== null;
      requestAnimationFrame(() => { shown[key] ??= performance.now(); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })();`;
}
