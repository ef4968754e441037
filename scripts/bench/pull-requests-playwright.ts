import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The slice of Playwright this benchmark uses. @playwright/test is a dependency of the e2e
// package only, so its own types are out of this program's reach; these match its API.
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Locator {
  first(): Locator;
  locator(selector: string): Locator;
  waitFor(options: { timeout: number }): Promise<void>;
  boundingBox(): Promise<Box | null>;
}
interface Response {
  url(): string;
  headers(): Record<string, string>;
}
export interface Page {
  on(event: 'response', listener: (response: Response) => void): void;
  goto(url: string): Promise<unknown>;
  locator(selector: string): Locator;
  waitForLoadState(state: 'networkidle', options: { timeout: number }): Promise<void>;
  /** A JavaScript expression evaluated in the page (awaited when it is a promise). */
  evaluate(expression: string): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void>; wheel(x: number, y: number): Promise<void> };
}
interface BrowserContext {
  addInitScript(script: string): Promise<void>;
  request: {
    post(
      url: string,
      options: { data: unknown; headers: Record<string, string> },
    ): Promise<{ ok(): boolean; status(): number }>;
  };
  newPage(): Promise<Page>;
}
export interface Browser {
  newContext(options: { viewport: { width: number; height: number } }): Promise<BrowserContext>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<Browser>;
  };
}

/** Debian's Chromium, started as the e2e tests start it. */
export async function launchChromium(): Promise<Browser> {
  const require = createRequire(new URL('../../e2e/package.json', import.meta.url));
  const entry = join(dirname(require.resolve('@playwright/test')), 'index.mjs');
  const { chromium } = (await import(pathToFileURL(entry).href)) as Playwright;
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
