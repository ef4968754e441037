/**
 * Where the console is served, ending in `/`: `/`, or a prefix such as `/console/` behind a proxy.
 * The BFF writes it into index.html's `<base href>`; assets, API calls and the router follow it.
 */
export const basePath: string =
  typeof document === 'undefined' ? '/' : new URL(document.baseURI).pathname;

/** The router's basename: the prefix without its last `/` (`/console`), or `/`. */
export const routerBasename = basePath === '/' ? '/' : basePath.replace(/\/$/, '');

/** An address of the BFF's (`api/...`) under the console's prefix. */
export const apiUrl = (path: string): string => `${basePath}${path.replace(/^\//, '')}`;
