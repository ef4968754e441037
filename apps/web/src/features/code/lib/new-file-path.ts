/** The path of a file named in a folder: the name may hold slashes for new subfolders. */
export function joinPath(folderPath: string, name: string): string {
  return [...folderPath.split('/'), ...name.split('/')].filter(Boolean).join('/');
}

/** What is wrong with a new file's name, if anything. */
export function fileNameProblem(name: string, existing: Set<string>): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a file name.';
  if (trimmed.endsWith('/')) return 'A file name cannot end with “/”.';
  const parts = trimmed.split('/');
  if (parts.some((part) => part === '.' || part === '..' || part === ''))
    return 'Use a plain name: no empty parts, “.” or “..”.';
  if (parts[0] === '.git') return 'Nothing can be written inside .git.';
  if (existing.has(parts[0] ?? ''))
    return parts.length === 1 ? `${trimmed} already exists here.` : undefined;
  return undefined;
}
