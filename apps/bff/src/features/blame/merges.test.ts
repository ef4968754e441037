import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BlameEvent } from '@cc/shared/blame';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { cloneNewRepository, git } from '../../testing/git.ts';

let console_: TestConsole;
let workDir: string;
let work: string;

/** Writes poem.txt and commits it at a known time, so history's order is fixed. */
async function commitPoem(lines: string[], message: string, at: number) {
  await writeFile(path.join(work, 'poem.txt'), `${lines.join('\n')}\n`);
  await git(work, ['add', 'poem.txt']);
  process.env.GIT_COMMITTER_DATE = `${at} +0000`;
  await git(work, ['commit', '--quiet', '-m', message, `--date=${at} +0000`]);
  delete process.env.GIT_COMMITTER_DATE;
}

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-blame-merges-'));
  work = await cloneNewRepository(console_, workDir, 'merged-poem');
  await commitPoem(['a', 'b', 'c', 'd', 'e'], 'Root', 1_700_000_000);
  await commitPoem(['a', 'B', 'c', 'd', 'e'], 'Main changes b', 1_700_000_100);
  // A branch from the root changes d and adds f; main merges it, then changes a.
  await git(work, ['checkout', '--quiet', '-b', 'feature', 'main~1']);
  await commitPoem(['a', 'b', 'c', 'D', 'e'], 'Feature changes d', 1_700_000_200);
  await commitPoem(['a', 'b', 'c', 'D', 'e', 'f'], 'Feature adds f', 1_700_000_300);
  await git(work, ['checkout', '--quiet', 'main']);
  process.env.GIT_COMMITTER_DATE = '1700000400 +0000';
  await git(work, ['merge', '--quiet', '--no-ff', '--no-edit', 'feature']);
  delete process.env.GIT_COMMITTER_DATE;
  await commitPoem(['A', 'B', 'c', 'D', 'e', 'f'], 'Main changes a', 1_700_000_500);
  await git(work, ['push', '--quiet', 'origin', 'main', 'feature']);
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Each line's commit, as `git blame --first-parent` gives it. */
async function gitBlame(): Promise<string[]> {
  const porcelain = await git(work, [
    'blame',
    '--first-parent',
    '--porcelain',
    'main',
    '--',
    'poem.txt',
  ]);
  const owners: string[] = [];
  for (const line of porcelain.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(line);
    if (header) owners[Number(header[2]) - 1] = header[1]!;
  }
  return owners;
}

describe('blame across merges', () => {
  it("gives each line the commit git blame --first-parent gives it, a merged branch's lines to the merge", async () => {
    const response = await console_.as('reader')(
      '/api/repositories/merged-poem/blame?commitSpecifier=main&filePath=poem.txt',
    );
    expect(response.status).toBe(200);
    const events = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BlameEvent);
    const owners: string[] = [];
    for (const event of events)
      if (event.type === 'lines')
        for (const [start, end] of event.ranges)
          for (let line = start; line <= end; line += 1) owners[line - 1] = event.commitId;
    const expected = await gitBlame();
    expect(owners).toEqual(expected);
    // The merge owns d's change and f, the branch's own commits none.
    const merge = await git(work, ['rev-parse', 'main~1']);
    expect(owners.filter((owner) => owner === merge)).toHaveLength(2);
    expect(events.at(-1)).toEqual({ type: 'done', complete: true });
  });
});
