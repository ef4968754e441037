import { fastImport, type ImportedCommit } from './fast-import.ts';

/**
 * Writes a repository of `fileCount` files and `commitCount` commits into the bare repository at
 * `gitDir`: one commit adds every file, each later one edits two.
 */
export async function generateRepository(options: {
  gitDir: string;
  fileCount: number;
  commitCount: number;
}): Promise<{ paths: string[] }> {
  const { gitDir, fileCount, commitCount } = options;
  const paths = Array.from({ length: fileCount }, (_, index) => {
    const folder = Math.floor(index / 100);
    return `src/module-${String(folder).padStart(3, '0')}/file-${String(index).padStart(5, '0')}.ts`;
  });
  const fileContent = (path: string, revision: number) =>
    `// ${path}, revision ${revision}\n${'export const value = 1;\n'.repeat(20)}`;
  function* commits(): Generator<ImportedCommit> {
    for (let commit = 0; commit < commitCount; commit += 1) {
      const touched =
        commit === 0
          ? paths
          : [paths[(commit * 7) % fileCount]!, paths[(commit * 13) % fileCount]!];
      yield {
        branch: 'main',
        message: commit === 0 ? 'Add every file' : `Edit two files (${commit})`,
        files: touched.map((path): [string, string] => [path, fileContent(path, commit)]),
      };
    }
  }
  await fastImport({ gitDir, commits: commits() });
  return { paths };
}
