import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeObjectReader, readObject } from './object-reader.ts';

let dataDir: string;
let gitDir: string;
const blobs: { oid: string; content: Buffer }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'object-reader-'));
  gitDir = join(dataDir, 'repo.git');
  execFileSync('git', ['init', '--quiet', '--bare', gitDir]);
  for (let index = 0; index < 40; index += 1) {
    // Sizes around pipe buffer boundaries, binary bytes and newlines included.
    const content = Buffer.concat([
      Buffer.from(`blob ${index}\n\0`),
      Buffer.alloc(index * 4099, index),
    ]);
    const oid = execFileSync('git', ['--git-dir', gitDir, 'hash-object', '-w', '--stdin'], {
      input: content,
    })
      .toString()
      .trim();
    blobs.push({ oid, content });
  }
});

afterAll(async () => {
  closeObjectReader({ gitDir });
  await rm(dataDir, { recursive: true, force: true });
});

describe('readObject', () => {
  it('answers many concurrent reads in order, exactly', async () => {
    const results = await Promise.all(blobs.map((blob) => readObject({ gitDir, name: blob.oid })));
    results.forEach((result, index) => {
      expect(result?.type).toBe('blob');
      expect(result?.content.equals(blobs[index]?.content ?? Buffer.alloc(0))).toBe(true);
    });
  });

  it('resolves missing and malformed names to undefined', async () => {
    expect(await readObject({ gitDir, name: 'f'.repeat(40) })).toBeUndefined();
    expect(await readObject({ gitDir, name: 'refs/heads/none^{commit}' })).toBeUndefined();
    expect(await readObject({ gitDir, name: 'two\nlines' })).toBeUndefined();
  });

  it('recovers when its git process ends under pending reads', async () => {
    const pending = blobs.map((blob) => readObject({ gitDir, name: blob.oid }));
    closeObjectReader({ gitDir });
    // Reads that arrive before the old process has gone go to a new one and are not lost.
    pending.push(...blobs.map((blob) => readObject({ gitDir, name: blob.oid })));
    const results = await Promise.all(pending);
    expect(results.map((result) => result?.oid)).toEqual(
      [...blobs, ...blobs].map((blob) => blob.oid),
    );
    expect(
      (await readObject({ gitDir, name: blobs[3]?.oid ?? '' }))?.content.equals(
        blobs[3]?.content ?? Buffer.alloc(0),
      ),
    ).toBe(true);
  });
});
