const units = ['bytes', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0
    ? `${value} ${value === 1 ? 'byte' : 'bytes'}`
    : `${value.toFixed(1)} ${units[unit]}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago": dates from CodeCommit come as ISO strings or epoch seconds. */
export function formatRelative(date: string | number | Date, now = Date.now()): string {
  const time = typeof date === 'number' ? date * 1000 : new Date(date).getTime();
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(seconds, 'second');
}

export function formatDate(date: string | number | Date): string {
  const time = typeof date === 'number' ? new Date(date * 1000) : new Date(date);
  return Number.isNaN(time.getTime()) ? '' : time.toLocaleString();
}

export const shortCommitId = (commitId: string) => commitId.slice(0, 7);

/** Git's date form "1484167798 -0800" or an ISO date, as a Date. */
export function gitDate(date: string | undefined): Date | undefined {
  if (!date) return undefined;
  const seconds = /^(\d+)(\s|$)/.exec(date);
  const parsed = seconds ? new Date(Number(seconds[1]) * 1000) : new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** "1 repository", "3 repositories": a count with its noun, singular only for one. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}
