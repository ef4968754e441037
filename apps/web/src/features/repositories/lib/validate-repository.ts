/** CodeCommit's own rules for names, descriptions and tags, checked before asking it. */

export function repositoryNameProblem(name: string): string | undefined {
  if (!name) return 'Enter a repository name.';
  if (name.length > 100) return 'A repository name has at most 100 characters.';
  if (!/^[\w.-]+$/.test(name)) return 'Use only letters, digits, periods, underscores and hyphens.';
  if (name.toLowerCase().endsWith('.git')) return 'A repository name cannot end in .git.';
  return undefined;
}

export function repositoryDescriptionProblem(description: string): string | undefined {
  return description.length > 1000 ? 'A description has at most 1,000 characters.' : undefined;
}

export type TagRow = { key: string; value: string };

export function tagsProblem(tags: TagRow[]): string | undefined {
  const keys = new Set<string>();
  for (const { key, value } of tags) {
    if (!key && !value) continue;
    if (!key) return 'Every tag needs a key.';
    if (key.length > 128)
      return `The tag key “${key.slice(0, 20)}…” is longer than 128 characters.`;
    if (value.length > 256) return `The value of tag “${key}” is longer than 256 characters.`;
    if (key.toLowerCase().startsWith('aws:'))
      return 'Tag keys starting with “aws:” are reserved by AWS.';
    if (keys.has(key)) return `The tag key “${key}” is used twice.`;
    keys.add(key);
  }
  return undefined;
}

export function tagsFromRows(tags: TagRow[]): Record<string, string> | undefined {
  const filled = tags.filter((tag) => tag.key);
  return filled.length ? Object.fromEntries(filled.map((tag) => [tag.key, tag.value])) : undefined;
}
