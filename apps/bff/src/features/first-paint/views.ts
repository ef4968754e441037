import { commitIdSchema, commitSpecifierSchema, filePathSchema } from '@cc/shared/code';
import { repositoryNameSchema } from '@cc/shared/repositories';

/** A console view the BFF can paint before the web app runs, named as its address names it. */
export type PaintedView =
  | { view: 'home'; repositoryName: string }
  | { view: 'tree'; repositoryName: string; ref: string; path: string }
  | { view: 'blob'; repositoryName: string; ref: string; path: string }
  | { view: 'commits'; repositoryName: string; ref: string; path: string }
  | { view: 'commit'; repositoryName: string; commitId: string };

const home = /^\/repositories\/([^/]+)\/?$/;
const address = /^\/repositories\/([^/]+)\/(tree|blob|commits|commit)\/([^/]+)((?:\/[^/]+)*)\/?$/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The view an address opens, as the web app's `paths` builds it (each segment URI-encoded), or
 * undefined for any other page or an address whose parts the API would refuse.
 *
 * @example
 * ```ts
 * paintedView('/repositories/shop/blob/main/src/app.ts')
 * // { view: 'blob', repositoryName: 'shop', ref: 'main', path: 'src/app.ts' }
 * ```
 */
export function paintedView(pathname: string): PaintedView | undefined {
  const homeName = decoded(home.exec(pathname)?.[1] ?? '');
  if (homeName !== undefined && repositoryNameSchema.safeParse(homeName).success)
    return { view: 'home', repositoryName: homeName };
  const match = address.exec(pathname);
  if (!match) return undefined;
  const [, name = '', view, ref = '', rest = ''] = match;
  const segments = [name, ref, ...rest.split('/').filter(Boolean)].map(decoded);
  if (segments.some((segment) => segment === undefined)) return undefined;
  const [repositoryName = '', specifier = '', ...pathParts] = segments as string[];
  const path = pathParts.join('/');
  if (!repositoryNameSchema.safeParse(repositoryName).success) return undefined;
  if (view === 'commit') {
    if (path || !commitIdSchema.safeParse(specifier).success) return undefined;
    return { view, repositoryName, commitId: specifier };
  }
  if (!commitSpecifierSchema.safeParse(specifier).success) return undefined;
  if (path && !filePathSchema.safeParse(path).success) return undefined;
  if (view === 'blob' && !path) return undefined;
  if (view === 'tree' || view === 'blob' || view === 'commits')
    return { view, repositoryName, ref: specifier, path };
  return undefined;
}
