import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console.ts';

let console_: TestConsole;
let commitId: string;
let blobId: string;
const repo = '/api/repositories/team';

beforeAll(async () => {
  console_ = await startTestConsole({
    extraUsers: [
      { userName: 'colleague', profile: 'colleague' },
      { userName: 'outsider', profile: 'outsider' },
    ],
    emulatorUsers: [
      { userName: 'colleague', policy: 'AWSCodeCommitReadOnly' },
      // May read only another repository, as a policy whose Resource names that one.
      { userName: 'outsider', policy: 'AWSCodeCommitReadOnly', repositories: ['elsewhere'] },
    ],
  });
  await console_.json('admin', 'POST', '/api/repositories', { repositoryName: 'team' });
  const put = await console_.json('developer', 'PUT', `${repo}/file`, {
    branchName: 'main',
    filePath: 'notes.md',
    fileContent: 'shared notes\n',
  });
  ({ commitId, blobId } = (await put.json()) as { commitId: string; blobId: string });
});
afterAll(() => console_.close());

const file = () => `${repo}/file?commitSpecifier=${commitId}&filePath=notes.md`;

describe('content cached once for everyone IAM lets read it', () => {
  it('serves what one person read to another allowed person without a call', async () => {
    const first = await console_.as('reader')(file());
    expect(first.status).toBe(200);
    expect(first.headers.get('x-codecommit-calls')).not.toBe('0');

    // The repository page comes first and asks IAM, in one round trip, which reads are allowed.
    expect((await console_.as('colleague')(repo)).status).toBe(200);
    const second = await console_.as('colleague')(file());
    expect(second.status).toBe(200);
    expect(second.headers.get('x-codecommit-calls')).toBe('0');
    expect(((await second.json()) as { content: string }).content).toBe('shared notes\n');
  });

  it('refuses someone IAM refuses, though the content is cached', async () => {
    expect((await console_.as('outsider')(repo)).status).toBe(403);
    const refused = await console_.as('outsider')(file());
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('codecommit:GetFile');
    const blob = await console_.as('outsider')(`${repo}/blobs/${blobId}`);
    expect(blob.status).toBe(403);
    const commit = await console_.as('outsider')(`${repo}/commits/${commitId}`);
    expect(commit.status).toBe(403);
  });
});
