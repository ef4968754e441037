import { spawn } from 'node:child_process';
import { run } from '../lib/run.ts';

/** `count` things made from zero-padded numbers: `file-00042.txt`. */
export const numbered = <T>(count: number, make: (index: string) => T): T[] =>
  Array.from({ length: count }, (_, index) => make(String(index).padStart(5, '0')));

export interface ImportedCommit {
  /** Branch the commit goes on; it continues that branch, or starts it from `from`. */
  branch: string;
  message: string;
  /** Files written by this commit: path to content. */
  files: Iterable<[path: string, content: string]>;
  /** Mark of the commit a new branch starts from (marks count commits from 1, in order). */
  from?: number;
}

/**
 * Writes commits into a new bare repository at `gitDir` with `git fast-import`, which builds
 * thousands of files in a second where one commit per API call would take minutes.
 */
export async function fastImport(options: {
  gitDir: string;
  commits: Iterable<ImportedCommit>;
}): Promise<void> {
  await run('git', ['init', '-q', '--bare', '-b', 'main', options.gitDir]);
  const child = spawn('git', ['fast-import', '--quiet'], {
    cwd: options.gitDir,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)),
    ),
  );
  const write = (text: string) =>
    child.stdin.write(text)
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.stdin.once('drain', () => resolve()));
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const tips = new Map<string, number>();
  let mark = 0;
  for (const commit of options.commits) {
    mark += 1;
    let body = `commit refs/heads/${commit.branch}\nmark :${mark}\n`;
    body += `committer Bench <bench@example.com> ${1_700_000_000 + mark * 60} +0000\n`;
    body += data(commit.message);
    const parent = tips.get(commit.branch) ?? commit.from;
    if (parent !== undefined) body += `from :${parent}\n`;
    for (const [path, content] of commit.files) body += `M 100644 inline ${path}\n${data(content)}`;
    tips.set(commit.branch, mark);
    await write(body);
  }
  child.stdin.end();
  await done;
}
