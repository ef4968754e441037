import { signIn, startFreshBff, type BffSession } from './console-bff.ts';
import type { CountingClient } from './console-sdk.ts';
import { printTable, summarize } from './stats.ts';

/** One sample of a view: wall time and CodeCommit calls. */
export interface Sample {
  ms: number;
  calls: number;
}

/** A view of the console: the BFF requests it makes, and the same data read with the SDK. */
export interface View {
  name: string;
  /** BFF paths the view requests, one after the other (a commit, then its differences). */
  paths: string[];
  /** The same data straight from the emulator through the SDK. */
  reference(sdk: CountingClient): Promise<unknown>;
}

export interface ViewFigures {
  view: View;
  cold: Sample[];
  warm: Sample[];
  reference: Sample[];
}

export interface Samples {
  cold: number;
  warm: number;
  reference: number;
}

export const samplesFromEnv = (): Samples => ({
  cold: Number(process.env.BENCH_CONSOLE_COLD ?? 8),
  warm: Number(process.env.BENCH_CONSOLE_WARM ?? 40),
  reference: Number(process.env.BENCH_CONSOLE_REFERENCE ?? 8),
});

async function requestView(session: BffSession, view: View): Promise<Sample> {
  const started = performance.now();
  let calls = 0;
  for (const path of view.paths) calls += (await session.get(path)).calls;
  return { ms: performance.now() - started, calls };
}

/**
 * Cold: each sample on a new BFF (nothing cached), after one unrelated request (`warmUpPath`)
 * has made its SDK client, so the figure is the cache's absence and not the client's start.
 * Warm: the console's own BFF, asked once before sampling. Reference: the SDK alone.
 */
export async function measureView(options: {
  view: View;
  consoleSession: BffSession;
  sdk: CountingClient;
  warmUpPath: string;
  samples: Samples;
}): Promise<ViewFigures> {
  const { view, consoleSession, sdk, warmUpPath, samples } = options;
  const cold: Sample[] = [];
  for (let index = 0; index < samples.cold; index += 1) {
    const bff = await startFreshBff();
    try {
      const session = await signIn(bff.url, 'developer');
      await session.get(warmUpPath);
      cold.push(await requestView(session, view));
    } finally {
      await bff.close();
    }
  }
  await requestView(consoleSession, view);
  const warm: Sample[] = [];
  for (let index = 0; index < samples.warm; index += 1) {
    warm.push(await requestView(consoleSession, view));
  }
  sdk.takeCalls();
  const reference: Sample[] = [];
  for (let index = 0; index < samples.reference; index += 1) {
    const started = performance.now();
    await view.reference(sdk);
    reference.push({ ms: performance.now() - started, calls: sdk.takeCalls() });
  }
  return { view, cold, warm, reference };
}

const callRange = (samples: Sample[]): string => {
  const calls = samples.map((sample) => sample.calls);
  const low = Math.min(...calls);
  const high = Math.max(...calls);
  return low === high ? String(low) : `${low}-${high}`;
};

const latency = (samples: Sample[]): [number, number] => {
  const { p50, p95 } = summarize(samples.map((sample) => sample.ms));
  return [p50, p95];
};

export const warmCostsNothing = (figures: ViewFigures): boolean =>
  figures.warm.every((sample) => sample.calls === 0);

/** CodeCommit calls and latency of each view, cold and warm, beside the SDK reference. */
export function printViews(title: string, rows: ViewFigures[]): void {
  printTable(
    title,
    [
      'view',
      'calls cold',
      'warm',
      'SDK',
      'BFF cold p50',
      'p95',
      'BFF warm p50',
      'p95',
      'SDK p50',
      'p95',
      '0 calls warm',
    ],
    rows.map((figures) => [
      figures.view.name,
      callRange(figures.cold),
      callRange(figures.warm),
      callRange(figures.reference),
      ...latency(figures.cold),
      ...latency(figures.warm),
      ...latency(figures.reference),
      warmCostsNothing(figures) ? 'yes' : 'no',
    ]),
  );
}
