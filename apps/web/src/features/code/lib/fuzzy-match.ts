export type Match = { path: string; score: number; positions: number[] };

const isBoundary = (path: string, index: number) =>
  index === 0 || '/-_. '.includes(path[index - 1] ?? '');

/**
 * Matches the query's characters in order anywhere in the path, like editors' "go to file".
 * Characters in the file name, at the start of a word, and next to each other score higher.
 */
export function fuzzyMatch(query: string, path: string): Match | null {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return { path, score: 0, positions: [] };
  const haystack = path.toLowerCase();
  const nameStart = path.lastIndexOf('/') + 1;
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const char of needle) {
    const index = haystack.indexOf(char, from);
    if (index < 0) return null;
    const previous = positions[positions.length - 1];
    score += 1;
    if (previous !== undefined && index === previous + 1) score += 4;
    if (isBoundary(path, index)) score += 3;
    if (index >= nameStart) score += 2;
    positions.push(index);
    from = index + 1;
  }
  // Of two equal matches, the shorter path is the likelier one.
  return { path, score: score - path.length / 100, positions };
}

/** The best `limit` matches, best first. */
export function rankPaths(query: string, paths: string[], limit = 50): Match[] {
  const matches: Match[] = [];
  for (const path of paths) {
    const match = fuzzyMatch(query, path);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path)).slice(0, limit);
}
