/**
 * The region the page is in, when not the person's own: repositories are regional, so the
 * address says which region's repositories it shows (`/region/eu-west-1/repositories/…`), and a
 * shared link opens in the same region. The router takes the prefix as its basename, so every
 * link inside the app keeps it; switching regions loads the new region's address afresh.
 */
const match = /^\/region\/([a-z0-9-]{1,32})(?=\/|$)/.exec(window.location.pathname);

export const pageRegion: string | undefined = match?.[1];

/** The router's basename: the region's prefix, or nothing in the person's own region. */
export const regionBasename: string | undefined = pageRegion ? `/region/${pageRegion}` : undefined;

/** The home page of `region`; the person's own region has no prefix. */
export const regionHome = (region: string, ownRegion: string): string =>
  region === ownRegion ? '/' : `/region/${encodeURIComponent(region)}/`;
