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
  on(event: 'request', listener: (request: Request) => void): void;
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
  /** Same-origin API requests the page made. */
  apiPaths: string[];
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
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) apiPaths.push(url.pathname + url.search);
  });
  return {
    async visit(url, selector, nth = 0) {
      bytes = 0;
      apiPaths = [];
      if (url === 'reload') await page.reload({ waitUntil: 'commit' });
      else await page.goto(url, { waitUntil: 'commit' });
      await page.locator(selector).nth(nth).waitFor({ timeout: 60_000, state: 'visible' });
      const shownAt = performance.now();
      const ms = Number(await page.evaluate('performance.now()'));
      // Let what the page still loads (Monaco, fonts) arrive before counting bytes.
      await page.evaluate('new Promise((resolve) => setTimeout(resolve, 1500))');
      return { ms, bytes, shownAt, apiPaths: [...apiPaths] };
    },
    close: () => page.close(),
  };
}
