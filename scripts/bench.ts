import { benchConsoleBundle } from './bench/console-bundle.ts';
import { benchConsole } from './bench/console.ts';
import { benchEmulator } from './bench/emulator.ts';
import { benchLatency } from './bench/latency.ts';
import { benchPullRequests } from './bench/pull-requests.ts';
import { benchReader } from './bench/reader.ts';

/** `pnpm bench`: every benchmark prints its figures beside a reference measured in the same run. */
const sections: Record<string, () => Promise<void>> = {
  emulator: benchEmulator,
  console: benchConsole,
  'console-bundle': benchConsoleBundle,
  'pull-requests': benchPullRequests,
  latency: benchLatency,
  reader: benchReader,
};
const only = process.argv.slice(2);
for (const [name, bench] of Object.entries(sections)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name}`);
  await bench();
}
