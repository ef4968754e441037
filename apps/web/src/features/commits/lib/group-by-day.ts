import { gitDate } from '../../../lib/format.ts';

type Dated = {
  author?: { date?: string | undefined } | undefined;
  committer?: { date?: string | undefined } | undefined;
};

/** Commits in runs of the same calendar day (in the reader's time zone), order kept. */
export function groupByDay<T extends Dated>(commits: T[]): { day: string; commits: T[] }[] {
  const groups: { day: string; commits: T[] }[] = [];
  for (const commit of commits) {
    const date = gitDate(commit.author?.date ?? commit.committer?.date);
    const day = date
      ? date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })
      : 'Unknown date';
    const last = groups[groups.length - 1];
    if (last?.day === day) last.commits.push(commit);
    else groups.push({ day, commits: [commit] });
  }
  return groups;
}
