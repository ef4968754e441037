import { fail } from '../protocol/errors.ts';
import { runGit } from './run-git.ts';
import { SYMLINK_MODE } from './tree-entry.ts';
import { foldFileName } from './fold-file-name.ts';

const METADATA_FILES = [
  // name without the dot, git's NTFS short-name hash prefix
  ['gitmodules', 'gi7eba'],
  ['gitattributes', 'gi7d29'],
  ['gitignore', 'gi250a'],
  ['mailmap', 'maba30'],
] as const;

/** The metadata file a name stands for on any file system git cares about (`.GitModules.`, `GITMOD~1`, ...). */
const metadataFileOf = (name: string): string | undefined => {
  const folded = foldFileName({ name });
  for (const [bare, shortHash] of METADATA_FILES) {
    if (folded === `.${bare}`) return bare;
    if (new RegExp(`^(${bare.slice(0, 6)}~[1-4]|${shortHash}~\\d)$`).test(folded)) return bare;
  }
  return undefined;
};

const submoduleProblem = (key: string, value: string): string | undefined => {
  const match = /^submodule\.(.*)\.(url|path|update)$/s.exec(key);
  if (!match) return undefined;
  const [, name = '', field] = match;
  if (name.split(/[/\\]/).includes('..'))
    return `the submodule name ${JSON.stringify(name)} climbs out of its folder`;
  if (field === 'url' && (value.startsWith('-') || /\n|%0a/i.test(value)))
    return `the url of submodule ${name} is unsafe`;
  if (field === 'path' && value.startsWith('-'))
    return `the path of submodule ${name} looks like an option`;
  if (field === 'update' && value.startsWith('!'))
    return `submodule ${name} runs a command on update`;
  return undefined;
};

/**
 * Refuses what `git fsck --strict` would flag in a repository: git's own metadata files
 * (.gitmodules, .gitattributes, .gitignore, .mailmap) as symbolic links, and .gitmodules
 * content that clones would run or climb out with.
 *
 * @example
 * await checkGitMetadataFile({ gitDir, name: '.gitmodules', mode: '100644', blobId });
 */
export const checkGitMetadataFile = async ({
  gitDir,
  name,
  mode,
  blobId,
}: {
  gitDir: string;
  name: string;
  mode: string;
  blobId: string;
}): Promise<void> => {
  const metadataFile = metadataFileOf(name);
  if (!metadataFile) return;
  if (mode === SYMLINK_MODE)
    fail(
      'InvalidFileModeException',
      `${name} is read by git itself and cannot be a symbolic link.`,
    );
  if (metadataFile !== 'gitmodules') return;
  let listing: string;
  try {
    listing = (
      await runGit({ gitDir, args: ['config', '-z', '--blob', blobId, '--list'] })
    ).toString();
  } catch {
    return; // git reads an unparsable .gitmodules as having no submodules.
  }
  for (const record of listing.split('\0')) {
    const newline = record.indexOf('\n');
    const key = newline < 0 ? record : record.slice(0, newline);
    const problem = submoduleProblem(key, newline < 0 ? '' : record.slice(newline + 1));
    if (problem) fail('InvalidPathException', `${name} cannot be stored: ${problem}.`);
  }
};
