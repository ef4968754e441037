import { run } from '../lib/run.ts';
import { fastImport, type ImportedCommit } from './fast-import.ts';

/** A repository shaped like express: many commits on main, some branches and many tags. */
export interface ExpressLike {
  gitDir: string;
  tipCommitId: string;
  /** The one large file, and a line of it a page must show. */
  largeFilePath: string;
  branches: number;
  tags: number;
  commits: number;
}

const folders = { lib: 12, test: 80, examples: 40, benchmarks: 8 };

/**
 * Writes the repository with git fast-import: `commits` commits on main (the first adds every
 * file, each later one edits one small file, every 50th also the large one), `branches - 1`
 * more branches of one commit each, and `tags` lightweight tags spread over main.
 */
export async function generateExpressLike(options: {
  gitDir: string;
  commits?: number;
  branches?: number;
  tags?: number;
  largeFileBytes?: number;
}): Promise<ExpressLike> {
  const { gitDir } = options;
  const commits = options.commits ?? 6_000;
  const branches = options.branches ?? 20;
  const tags = options.tags ?? 300;
  const largeFileBytes = options.largeFileBytes ?? 120 * 1024;
  const largeFilePath = 'History.md';
  const small = Object.entries(folders).flatMap(([folder, count]) =>
    Array.from({ length: count }, (_, index) => `${folder}/module-${index}.js`),
  );
  const source = (path: string, revision: number) =>
    `'use strict';\n// ${path}, revision ${revision}\n${'module.exports = function () { return 1; };\n'.repeat(30)}`;
  const history = (revision: number) => {
    let text = `${revision}.0.0 / 2026-01-01\n==================\n\n`;
    for (let line = 0; text.length < largeFileBytes; line += 1)
      text += `  * change ${revision}.${line}: deps and fixes, see #${1000 + line}\n`;
    return text;
  };
  function* all(): Generator<ImportedCommit> {
    yield {
      branch: 'main',
      message: 'Initial commit',
      files: [
        [largeFilePath, history(0)],
        ['Readme.md', '# express-like\n'],
        ['package.json', '{ "name": "express-like", "version": "1.0.0" }\n'],
        ...small.map((path): [string, string] => [path, source(path, 0)]),
      ],
    };
    for (let index = 1; index < commits; index += 1) {
      const path = small[(index * 7) % small.length]!;
      const files: [string, string][] = [[path, source(path, index)]];
      if (index % 50 === 0) files.push([largeFilePath, history(index)]);
      yield { branch: 'main', message: `Change ${path} (${index})`, files };
    }
    for (let index = 1; index < branches; index += 1) {
      const path = `branch-${index}.txt`;
      yield {
        branch: `topic/${index}`,
        message: `Work on topic ${index}`,
        files: [[path, `${index}\n`]],
        from: Math.max(1, commits - index * 100),
      };
    }
  }
  await fastImport({ gitDir, commits: all() });
  const mainCommits = (await run('git', ['rev-list', '--reverse', 'main'], { cwd: gitDir }))
    .trim()
    .split('\n');
  const step = Math.max(1, Math.floor(mainCommits.length / tags));
  const updates = Array.from(
    { length: tags },
    (_, index) => `create refs/tags/v${index}.0.0 ${mainCommits[index * step]}\n`,
  ).join('');
  await run('git', ['update-ref', '--stdin'], { cwd: gitDir, input: updates });
  return {
    gitDir,
    tipCommitId: mainCommits.at(-1)!,
    largeFilePath,
    branches,
    tags,
    commits,
  };
}
