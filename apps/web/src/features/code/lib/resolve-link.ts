/** Resolves a link written in a file at `fromPath` to a path in the repository, or null if it leaves the repository or is not relative. */
export function resolveRepositoryLink(
  href: string,
  fromPath: string,
): { path: string; hash: string } | null {
  if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#'))
    return null;
  const [pathPart = '', hash = ''] = href.split('#', 2);
  const cleanPath = pathPart.split('?')[0] ?? '';
  const base = cleanPath.startsWith('/') ? [] : fromPath.split('/').filter(Boolean).slice(0, -1);
  for (const part of cleanPath.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (base.length === 0) return null;
      base.pop();
    } else {
      base.push(decodeURIComponent(part));
    }
  }
  return { path: base.join('/'), hash: hash ? `#${hash}` : '' };
}
