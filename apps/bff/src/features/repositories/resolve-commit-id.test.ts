import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';
import { git } from '../../testing/git.ts';

let console_: TestConsole;
let workDir: string;
let first: string;
let onFeature: string;
/** Two commits on main whose ids share their first four digits. */
let twins: [string, string];

const commitObject = (tree: string, parent: string, message: string) =>
  `tree ${tree}\nparent ${parent}\n` +
  'author Test Author <author@example.com> 1700000000 +0000\n' +
  `committer Test Author <author@example.com> 1700000000 +0000\n\n${message}\n`;

const gitId = (type: string, body: string) =>
  createHash('sha1')
    .update(`${type} ${Buffer.byteLength(body)}\0${body}`)
    .digest('hex');

/** A commit on top of `parent` whose id begins like `parent`'s: found by trying messages. */
function twinOf(tree: string, parent: string): string {
  for (let attempt = 0; ; attempt += 1) {
    const body = commitObject(tree, parent, `Twin ${attempt}`);
    if (gitId('commit', body).startsWith(parent.slice(0, 4))) return body;
  }
}

async function resolve(prefix: string) {
  const response = await console_.as('reader')(
    `/api/repositories/ids/commit-id?prefix=${encodeURIComponent(prefix)}`,
  );
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

beforeAll(async () => {
  console_ = await startTestConsole();
  workDir = await mkdtemp(path.join(tmpdir(), 'bff-commit-ids-'));
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'ids' });
  const created = await console_.json('admin', 'POST', '/api/repositories/ids/commits', {
    branchName: 'main',
    putFiles: [{ filePath: 'a.txt', fileContent: 'one\n' }],
  });
  first = ((await created.json()) as { commitId: string }).commitId;
  const feature = await console_.json('admin', 'POST', '/api/repositories/ids/branches', {
    branchName: 'feature',
    commitSpecifier: first,
  });
  expect(feature.status).toBe(201);
  const put = await console_.json('admin', 'PUT', '/api/repositories/ids/file', {
    branchName: 'feature',
    filePath: 'b.txt',
    fileContent: 'feature\n',
    parentCommitId: first,
  });
  onFeature = ((await put.json()) as { commitId: string }).commitId;

  const { repository } = (await (await console_.as('admin')('/api/repositories/ids')).json()) as {
    repository: { cloneUrlHttp: string };
  };
  await git(workDir, ['clone', '--quiet', repository.cloneUrlHttp, 'work']);
  const work = path.join(workDir, 'work');
  const tree = await git(work, ['rev-parse', `${first}^{tree}`]);
  const body = twinOf(tree, first);
  const twin = gitId('commit', body);
  // Local only (no emulator involved), so a synchronous git is fine here.
  execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: work, input: body });
  await git(work, ['push', '--quiet', 'origin', `${twin}:refs/heads/main`]);
  twins = [first, twin];
});
afterAll(async () => {
  await console_.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('commit ids by prefix', () => {
  it('checks a full id and completes an abbreviation that names one commit', async () => {
    expect(await resolve(onFeature)).toEqual({ status: 200, body: { commitId: onFeature } });
    // On a branch other than the default, in capitals, as people paste them.
    expect(await resolve(onFeature.slice(0, 7).toUpperCase())).toEqual({
      status: 200,
      body: { commitId: onFeature },
    });
    expect(await resolve(twins[1].slice(0, 6))).toEqual({
      status: 200,
      body: { commitId: twins[1] },
    });
  });

  it('says when an abbreviation names several commits, or none', async () => {
    const ambiguous = await resolve(twins[0].slice(0, 4));
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error).toContain(`${twins[0].slice(0, 4)} is ambiguous: 2 commits`);
    expect(ambiguous.body.error).toContain(twins[0].slice(0, 8));
    expect(ambiguous.body.error).toContain(twins[1].slice(0, 8));

    const absent = first.startsWith('0000') ? 'ffff' : '0000';
    const none = await resolve(`${absent}abc`);
    expect(none.status).toBe(400);
    expect(none.body.error).toBe(
      `No commit among the latest 100 of each branch starts with ${absent}abc. Give more of the id, or all 40 characters.`,
    );
  });

  it('answers 404 for a full id CodeCommit does not know, and 400 for what is no id', async () => {
    const unknown = first.startsWith('0') ? 'f'.repeat(40) : '0'.repeat(40);
    expect((await resolve(unknown)).status).toBe(404);
    for (const prefix of ['abc', 'not-hex', `${first}0`]) {
      const bad = await resolve(prefix);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toContain('prefix must be 4 to 40 hexadecimal digits');
    }
  });
});
