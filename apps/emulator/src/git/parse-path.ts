import { fail } from '../protocol/errors.ts';
import { foldFileName } from './fold-file-name.ts';

/** Names git itself refuses in a tree (fsck --strict `hasDotgit`), in any case or NTFS/HFS spelling. */
const isGitDirectoryName = (segment: string): boolean => {
  const folded = foldFileName({ name: segment });
  return folded === '.git' || /^git~\d+$/.test(folded);
};

/**
 * Splits a CodeCommit path into tree entry names. A leading `/` means the repository
 * root, as AWS documents (`/examples/file.md`); folders may also end with `/`. Empty,
 * `.`, `..` and `.git` segments and NUL characters are refused with InvalidPathException,
 * so a path can only ever name an entry inside the repository's own trees.
 *
 * @example
 * parsePath({ path: '/src/index.ts' }) // ['src', 'index.ts']
 * parsePath({ path: '/', folder: true }) // [] (the root)
 */
export const parsePath = ({
  path,
  folder = false,
}: {
  path: unknown;
  folder?: boolean;
}): string[] => {
  if (path === undefined || path === null)
    return fail('PathRequiredException', 'A path is required.');
  if (typeof path !== 'string') return fail('InvalidPathException', 'The path must be a string.');
  if (path === '' && !folder) return fail('PathRequiredException', 'A path is required.');
  let rest = path.startsWith('/') ? path.slice(1) : path;
  if (folder && rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest === '') {
    if (folder) return [];
    return fail('InvalidPathException', `The path ${JSON.stringify(path)} does not name a file.`);
  }
  if (rest.includes('\0'))
    return fail('InvalidPathException', 'The path must not contain NUL characters.');
  const segments = rest.split('/');
  for (const segment of segments) {
    if (segment === '')
      return fail(
        'InvalidPathException',
        `The path ${JSON.stringify(path)} contains an empty folder name.`,
      );
    if (segment === '.' || segment === '..') {
      return fail(
        'InvalidPathException',
        `The path ${JSON.stringify(path)} must not contain "." or ".." segments.`,
      );
    }
    if (isGitDirectoryName(segment)) {
      return fail(
        'InvalidPathException',
        `The path ${JSON.stringify(path)} must not contain a .git folder.`,
      );
    }
    if (Buffer.byteLength(segment) > 255) {
      return fail(
        'InvalidPathException',
        `The path ${JSON.stringify(path)} contains a name longer than 255 bytes.`,
      );
    }
  }
  return segments;
};
