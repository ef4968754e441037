import type { SearchLine } from '@cc/shared/search';
import { HTTPException } from 'hono/http-exception';
import { RE2JS } from 're2js';

/** Finds the matches of one query in a text: `[start, end]` offsets, in order. */
export type Matcher = (text: string) => Iterable<[number, number]>;

function* plainMatches(text: string, needle: string): Iterable<[number, number]> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
    yield [at, at + needle.length];
}

/**
 * A matcher for plain text (indexOf) or a regular expression. Expressions run on RE2JS, whose
 * automaton takes time linear in the text whatever the pattern, so an expression typed by anyone
 * (`(a+)+$`) cannot hold the server; it speaks RE2's syntax, which has no backreferences or
 * lookaround. `^` and `$` match at each line. Empty matches are left out.
 */
export function createMatcher(input: {
  query: string;
  regex: boolean;
  caseSensitive: boolean;
}): Matcher {
  const { query, regex, caseSensitive } = input;
  if (!regex) {
    if (caseSensitive) return (text) => plainMatches(text, query);
    const needle = query.toLowerCase();
    // toLowerCase keeps UTF-16 offsets for all but a few letters; those fall back to RE2JS.
    if (needle.length === query.length)
      return (text) => {
        const lower = text.toLowerCase();
        return lower.length === text.length ? plainMatches(lower, needle) : [];
      };
  }
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(
      regex ? query : RE2JS.quote(query),
      RE2JS.MULTILINE | (caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE),
    );
  } catch (error) {
    throw new HTTPException(400, {
      message: `query: not a regular expression RE2 accepts (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  return function* (text) {
    const found = pattern.matcher(text);
    while (found.find()) {
      const start = found.start();
      const end = found.end();
      if (end > start) yield [start, end];
    }
  };
}

/** Longest line text sent back; a minified file's one line would otherwise be the whole file. */
const MAX_LINE_CHARACTERS = 500;

/**
 * The lines of `text` that hold matches, with `context` lines around each, ranges relative to
 * their line. Stops after `maxLines` matching lines; `matchCount` still counts every match line.
 */
export function matchLines(
  text: string,
  matcher: Matcher,
  options: { context: number; maxLines: number },
): { matchCount: number; lines: SearchLine[] } {
  const starts: number[] = [0];
  const matched = new Map<number, [number, number][]>();
  let lineIndex = 0;
  for (const [start, end] of matcher(text)) {
    while (true) {
      const next = text.indexOf('\n', starts[lineIndex]);
      if (next < 0 || next >= start) break;
      starts.push(next + 1);
      lineIndex += 1;
    }
    const lineStart = starts[lineIndex] ?? 0;
    const ranges = matched.get(lineIndex) ?? [];
    if (ranges.length === 0) matched.set(lineIndex, ranges);
    ranges.push([start - lineStart, Math.min(end, lineEnd(text, lineStart)) - lineStart]);
  }
  if (matched.size === 0) return { matchCount: 0, lines: [] };
  const lines = text.split('\n');
  const wanted = new Set<number>();
  const shown = new Set([...matched.keys()].slice(0, options.maxLines));
  for (const line of shown)
    for (let at = line - options.context; at <= line + options.context; at += 1)
      if (at >= 0 && at < lines.length && !(at === lines.length - 1 && lines[at] === ''))
        wanted.add(at);
  return {
    matchCount: matched.size,
    lines: [...wanted]
      .sort((a, b) => a - b)
      .map((at) => ({
        lineNumber: at + 1,
        text: (lines[at] ?? '').replace(/\r$/, '').slice(0, MAX_LINE_CHARACTERS),
        ranges: shown.has(at)
          ? (matched.get(at) ?? []).filter(([start]) => start < MAX_LINE_CHARACTERS)
          : [],
      })),
  };
}

function lineEnd(text: string, lineStart: number): number {
  const end = text.indexOf('\n', lineStart);
  return end < 0 ? text.length : end;
}
