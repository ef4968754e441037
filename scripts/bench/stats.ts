/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Latency figures of a series of timings in milliseconds. */
export function summarize(timings: number[]): {
  p50: number;
  p95: number;
  mean: number;
  perSecond: number;
} {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = timings.reduce((sum, value) => sum + value, 0);
  return {
    p50: median(sorted),
    p95: at(0.95),
    mean: total / timings.length,
    perSecond: (1000 * timings.length) / total,
  };
}

export async function timeEach<T>(
  items: T[],
  action: (item: T) => Promise<unknown>,
): Promise<number[]> {
  const timings: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await action(item);
    timings.push(performance.now() - started);
  }
  return timings;
}

export async function timeOnce(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell))),
  ];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => String(row[column] ?? '').length)),
  );
  console.log(`\n${title}`);
  for (const [index, row] of cells.entries()) {
    console.log(`  ${row.map((cell, column) => String(cell).padEnd(widths[column]!)).join('  ')}`);
    if (index === 0) console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  }
}
