import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackReader } from './pack-reader.ts';

let dataDir: string;
let work: string;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });

/** Every object git has in the repository, with git's own answer for each (one `cat-file`). */
function everyObject(gitDir: string): { oid: string; type: string; content: Buffer }[] {
  const output = git(gitDir, 'cat-file', '--batch-all-objects', '--batch');
  const objects: { oid: string; type: string; content: Buffer }[] = [];
  let at = 0;
  while (at < output.length) {
    const lineEnd = output.indexOf(10, at);
    const [oid = '', type = '', size = '0'] = output.toString('latin1', at, lineEnd).split(' ');
    const start = lineEnd + 1;
    objects.push({ oid, type, content: output.subarray(start, start + Number(size)) });
    at = start + Number(size) + 1;
  }
  expect(objects.length).toBeGreaterThan(50);
  return objects;
}

/** What the reader gives for each object, beside git's answer (bytes compared whole, quickly). */
function expectSameAsGit(reader: PackReader, gitDir: string): void {
  for (const object of everyObject(gitDir)) {
    const found = reader.read(object.oid);
    expect({
      oid: found?.oid,
      type: found?.type,
      same: found?.content.equals(object.content),
    }).toEqual({ oid: object.oid, type: object.type, same: true });
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pack-reader-'));
  work = join(dataDir, 'work');
  git(dataDir, 'init', '--quiet', work);
  // Many revisions of similar files, so that packing stores most of them as deltas.
  for (let revision = 0; revision < 30; revision += 1) {
    const lines = Array.from(
      { length: 200 },
      (_, line) => `line ${line} of revision ${line === revision ? revision : 0}`,
    );
    await writeFile(join(work, 'notes.txt'), `${lines.join('\n')}\n`);
    await writeFile(
      join(work, `file-${revision % 5}.bin`),
      Buffer.alloc(70_000 + revision, revision),
    );
    git(work, 'add', '-A');
    git(work, 'commit', '--quiet', '-m', `revision ${revision}`);
  }
  git(work, 'tag', '-a', 'v1', '-m', 'an annotated tag');
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const packs = async (gitDir: string) =>
  (await readdir(join(gitDir, 'objects', 'pack'))).filter((file) => file.endsWith('.pack'));

describe('PackReader', () => {
  it('reads every loose object as git does', () => {
    const gitDir = join(work, '.git');
    const reader = new PackReader(gitDir);
    expectSameAsGit(reader, gitDir);
    reader.close();
  });

  it.each([
    ['offset deltas', 'true'],
    ['ref deltas', 'false'],
  ])('reads every packed object as git does, with %s', async (_, offsets) => {
    const gitDir = join(dataDir, `packed-${offsets}.git`);
    git(dataDir, 'clone', '--quiet', '--bare', '--no-local', work, gitDir);
    git(gitDir, '-c', `repack.useDeltaBaseOffset=${offsets}`, 'repack', '-a', '-d', '-f', '-q');
    expect(await packs(gitDir)).toHaveLength(1);
    const deltas = git(
      gitDir,
      'verify-pack',
      '-v',
      ...(await packs(gitDir)).map((pack) => join(gitDir, 'objects', 'pack', pack)),
    )
      .toString()
      .split('\n')
      .filter((line) => line.trim().split(/\s+/).length === 7);
    expect(deltas.length).toBeGreaterThan(20);
    const reader = new PackReader(gitDir);
    expectSameAsGit(reader, gitDir);
    expect(reader.read('0'.repeat(40))).toBeUndefined();
    reader.close();
  });

  it('finds objects in a pack written after it first looked, and leaves damaged data to git', async () => {
    const gitDir = join(dataDir, 'later.git');
    git(dataDir, 'init', '--quiet', '--bare', gitDir);
    const reader = new PackReader(gitDir);
    const head = git(work, 'rev-parse', 'HEAD').toString().trim();
    expect(reader.read(head)).toBeUndefined();
    git(work, 'push', '--quiet', gitDir, 'HEAD:refs/heads/main');
    git(gitDir, 'repack', '-a', '-d', '-q');
    expect(reader.read(head)?.type).toBe('commit');

    // A loose object whose bytes are not what its name says is not returned.
    const other = join(dataDir, 'other');
    git(dataDir, 'init', '--quiet', other);
    const looseId = execFileSync('git', ['hash-object', '-w', '--stdin'], {
      cwd: other,
      input: 'some text\n',
    })
      .toString()
      .trim();
    const fake = 'f'.repeat(40);
    await mkdir(join(gitDir, 'objects', 'ff'), { recursive: true });
    await copyFile(
      join(other, '.git', 'objects', looseId.slice(0, 2), looseId.slice(2)),
      join(gitDir, 'objects', 'ff', fake.slice(2)),
    );
    expect(reader.read(fake)).toBeUndefined();
    reader.close();
  });
});
