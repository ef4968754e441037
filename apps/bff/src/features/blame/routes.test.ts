import type { BlameEvent } from '@cc/shared/blame';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleWithHistory, type ConsoleWithHistory } from '../../testing/commit-files.ts';

let setup: ConsoleWithHistory;
let commits: string[];
const repo = '/api/repositories/poems';

async function readBlame(path: string): Promise<{ status: number; events: BlameEvent[] }> {
  const response = await setup.testConsole.as('reader')(path);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, events: [] };
  expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return {
    status: response.status,
    events: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BlameEvent),
  };
}

/** Each line's commit id, from the `lines` events. */
function lineOwners(events: BlameEvent[]): string[] {
  const owners: string[] = [];
  for (const event of events)
    if (event.type === 'lines')
      for (const [start, end] of event.ranges)
        for (let line = start; line <= end; line += 1) owners[line - 1] = event.commitId;
  return owners;
}

beforeAll(async () => {
  setup = await startConsoleWithHistory('poems', [
    {
      files: { 'verse.txt': 'one\ntwo\nthree\n', 'logo.bin': 'a\u0000b' },
      message: 'First verse',
      author: 'Alice',
    },
    { files: { 'verse.txt': 'one\nTWO\nthree\nfour\n' }, message: 'Second verse', author: 'Bob' },
    { files: { 'other.txt': 'unrelated\n' }, message: 'Something else', author: 'Carol' },
  ]);
  commits = setup.commits;
});
afterAll(() => setup.close());

describe('blame', () => {
  it('gives each line the commit that last changed it, streamed as NDJSON', async () => {
    const { events } = await readBlame(`${repo}/blame?commitSpecifier=main&filePath=verse.txt`);
    expect(events[0]).toMatchObject({
      type: 'file',
      commitId: commits[2],
      filePath: 'verse.txt',
      lines: ['one', 'TWO', 'three', 'four'],
    });
    expect(lineOwners(events)).toEqual([commits[0], commits[1], commits[0], commits[1]]);
    const bob = events.find(
      (event) => event.type === 'commit' && event.commit.commitId === commits[1],
    );
    expect(bob).toMatchObject({
      commit: { author: { name: 'Bob' }, message: expect.stringContaining('Second verse') },
      previous: { commitId: commits[0], filePath: 'verse.txt' },
    });
    expect(events.at(-1)).toEqual({ type: 'done', complete: true });
  });

  it('blames before a commit: at its parent every line is older', async () => {
    const { events } = await readBlame(
      `${repo}/blame?commitSpecifier=${commits[0]}&filePath=verse.txt`,
    );
    expect(lineOwners(events)).toEqual([commits[0], commits[0], commits[0]]);
    const first = events.find((event) => event.type === 'commit');
    expect(first && 'previous' in first ? first.previous : undefined).toBeUndefined();
  });

  it('costs no CodeCommit call the second time at a commit id', async () => {
    const path = `${repo}/blame?commitSpecifier=${commits[1]}&filePath=verse.txt`;
    const cold = await readBlame(path);
    expect(setup.operations.take()).toContain('ListFileCommitHistory');
    const warm = await setup.testConsole.as('reader')(path);
    expect(warm.headers.get('cache-control')).toContain('immutable');
    const warmEvents = (await warm.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BlameEvent);
    expect(setup.operations.take()).toEqual([]);
    expect(warmEvents).toEqual(cold.events);
  });

  it('refuses binary files, missing files and bad input with a 4xx naming the problem', async () => {
    const as = setup.testConsole.as('reader');
    const binary = await as(`${repo}/blame?commitSpecifier=main&filePath=logo.bin`);
    expect(binary.status).toBe(400);
    expect(((await binary.json()) as { error: string }).error).toContain('binary');
    const missing = await as(`${repo}/blame?commitSpecifier=main&filePath=nope.txt`);
    expect(missing.status).toBe(404);
    const noPath = await as(`${repo}/blame?commitSpecifier=main`);
    expect(noPath.status).toBe(400);
    expect(((await noPath.json()) as { error: string }).error).toMatch(/^filePath/);
  });
});
