import { basePath, routerBasename as basePathBasename } from './base-path.ts';

/**
 * The region the page is in, when not the person's own: repositories are regional, so the
 * address says which region's repositories it shows (`/region/eu-west-1/repositories/…`), and a
 * shared link opens in the same region. The router takes the prefix as its basename, so every
 * link inside the app keeps it; switching regions loads the new region's address afresh.
 */
const { pathname } = window.location;
/** The address inside the console: without the path prefix it is served under (BASE_PATH). */
const inConsole = pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
const match = /^\/region\/([a-z0-9-]{1,32})(?=\/|$)/.exec(inConsole);

export const pageRegion: string | undefined = match?.[1];

/** The region's prefix, or nothing in the person's own region. */
export const regionBasename: string | undefined = pageRegion ? `/region/${pageRegion}` : undefined;

/** The router's basename: the console's path prefix, then the region's. */
export const routerBasename =
  `${basePathBasename === '/' ? '' : basePathBasename}${regionBasename ?? ''}` || '/';

/** The home page of `region`; the person's own region has no prefix. */
export const regionHome = (region: string, ownRegion: string): string =>
  region === ownRegion ? basePath : `${basePath}region/${encodeURIComponent(region)}/`;
