import { spawn } from 'node:child_process';
import { run } from '../lib/run.ts';

/**
 * Writes a repository of `fileCount` files and `commitCount` commits into the bare repository at
 * `gitDir` with `git fast-import`: one commit adds every file, each later one edits two.
 */
export async function generateRepository(options: {
  gitDir: string;
  fileCount: number;
  commitCount: number;
}): Promise<{ paths: string[] }> {
  const { gitDir, fileCount, commitCount } = options;
  await run('git', ['init', '-q', '--bare', '-b', 'main', gitDir]);
  const paths = Array.from({ length: fileCount }, (_, index) => {
    const folder = Math.floor(index / 100);
    return `src/module-${String(folder).padStart(3, '0')}/file-${String(index).padStart(5, '0')}.ts`;
  });
  const child = spawn('git', ['fast-import', '--quiet'], {
    cwd: gitDir,
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
  const fileContent = (path: string, revision: number) =>
    `// ${path}, revision ${revision}\n${'export const value = 1;\n'.repeat(20)}`;
  const start = 1_700_000_000;
  for (let commit = 0; commit < commitCount; commit += 1) {
    let body = `commit refs/heads/main\nmark :${commit + 1}\n`;
    body += `committer Bench <bench@example.com> ${start + commit * 60} +0000\n`;
    body += data(commit === 0 ? 'Add every file' : `Edit two files (${commit})`);
    if (commit > 0) body += `from :${commit}\n`;
    const touched =
      commit === 0 ? paths : [paths[(commit * 7) % fileCount]!, paths[(commit * 13) % fileCount]!];
    for (const path of touched)
      body += `M 100644 inline ${path}\n${data(fileContent(path, commit))}`;
    await write(body);
  }
  child.stdin.end();
  await done;
  return { paths };
}
