import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorEvents } from '../operations/types.ts';

const dataDirs = new WeakMap<EmulatorEvents, string>();

/** Remembers where an emulator keeps its data, so its trigger deliveries can find their local URLs. */
export const useTriggerDestinationsOf = (events: EmulatorEvents, dataDir: string): void => {
  dataDirs.set(events, dataDir);
};

/**
 * The local URL that stands in for a trigger's SNS topic or Lambda function, from the
 * `triggerDestinations` map of `<dataDir>/emulator.json`, read at each delivery so an edit
 * applies at once:
 *
 * ```json
 * { "users": [...], "triggerDestinations": { "arn:aws:sns:us-east-1:123456789012:builds": "http://127.0.0.1:9000/codecommit" } }
 * ```
 * Undefined when the destination has none (the delivery is only recorded) or the file has no
 * such map; only http and https URLs count.
 *
 * @example
 * const url = triggerDestinationUrl(ctx.events, trigger.destinationArn);
 */
export const triggerDestinationUrl = (
  events: EmulatorEvents,
  destinationArn: string,
): string | undefined => {
  const dataDir = dataDirs.get(events);
  if (dataDir === undefined) return undefined;
  let map: unknown;
  try {
    map = (
      JSON.parse(readFileSync(path.join(dataDir, 'emulator.json'), 'utf8')) as {
        triggerDestinations?: unknown;
      }
    ).triggerDestinations;
  } catch {
    return undefined;
  }
  const url =
    typeof map === 'object' && map !== null
      ? (map as Record<string, unknown>)[destinationArn]
      : undefined;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
};
