import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeCommitEvent } from './envelope.ts';

/** An EventBridge event pattern: each key lists the values it accepts, or nests a pattern. */
export interface EventPattern {
  [key: string]: unknown[] | EventPattern;
}

/** A local stand-in for an EventBridge rule: the URL its target is, and the pattern it matches. */
export interface EventBridgeTarget {
  url: string;
  eventPattern?: EventPattern;
}

const isHttpUrl = (value: unknown): value is string =>
  typeof value === 'string' && /^https?:\/\//.test(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The targets listed under `eventBridgeTargets` in `<dataDir>/emulator.json`, read at each event
 * so an edit applies at once: a URL alone receives every CodeCommit event; `{ "url", "eventPattern" }`
 * receives those its pattern matches. Entries without an http(s) URL are skipped; a missing or
 * unreadable file means no targets.
 *
 * @example
 * // emulator.json: { "eventBridgeTargets": ["http://127.0.0.1:9000/events", { "url": "http://127.0.0.1:9000/main", "eventPattern": { "detail": { "referenceName": ["main"] } } }] }
 * const targets = eventBridgeTargets(dataDir);
 */
export const eventBridgeTargets = (dataDir: string): EventBridgeTarget[] => {
  let listed: unknown;
  try {
    listed = (
      JSON.parse(readFileSync(path.join(dataDir, 'emulator.json'), 'utf8')) as {
        eventBridgeTargets?: unknown;
      }
    ).eventBridgeTargets;
  } catch {
    return [];
  }
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry: unknown): EventBridgeTarget[] => {
    if (isHttpUrl(entry)) return [{ url: entry }];
    if (!isRecord(entry) || !isHttpUrl(entry.url)) return [];
    return [
      {
        url: entry.url,
        ...(isRecord(entry.eventPattern)
          ? { eventPattern: entry.eventPattern as EventPattern }
          : {}),
      },
    ];
  });
};

/**
 * Whether an event matches an EventBridge pattern of exact values: every key of the pattern must
 * be in the event, and its value (or, for an array such as `resources`, one of its items) must be
 * one of the listed values; a nested object matches the nested fields. This is the basic matching
 * of EventBridge's "Creating event patterns"; prefix, numeric and other operators are not supported
 * and never match.
 *
 * @example
 * matchesPattern(event, { 'detail-type': ['CodeCommit Repository State Change'], detail: { event: ['referenceCreated'] } })
 */
export const matchesPattern = (event: unknown, pattern: EventPattern): boolean =>
  Object.entries(pattern).every(([key, accepted]) => {
    const value = isRecord(event) ? event[key] : undefined;
    if (Array.isArray(accepted)) {
      const candidates = Array.isArray(value) ? value : [value];
      return candidates.some(
        (candidate) => candidate !== undefined && accepted.includes(candidate),
      );
    }
    return isRecord(accepted) && isRecord(value) && matchesPattern(value, accepted);
  });

/** The targets an event goes to. */
export const targetsFor = (
  targets: EventBridgeTarget[],
  event: CodeCommitEvent,
): EventBridgeTarget[] =>
  targets.filter((target) => !target.eventPattern || matchesPattern(event, target.eventPattern));
