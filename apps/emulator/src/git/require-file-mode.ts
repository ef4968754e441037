import { fail } from '../protocol/errors.ts';
import type { FileModeTypeEnum } from './tree-entry.ts';

const FILE_MODES: readonly string[] = ['EXECUTABLE', 'NORMAL', 'SYMLINK'];

/**
 * A request's file mode, `fallback` when absent, InvalidFileModeException when unknown.
 *
 * @example
 * const fileMode = requireFileMode({ fileMode: input.fileMode, fallback: 'NORMAL' });
 */
export const requireFileMode = ({
  fileMode,
  fallback,
}: {
  fileMode: unknown;
  fallback: FileModeTypeEnum;
}): FileModeTypeEnum => {
  if (fileMode === undefined || fileMode === null) return fallback;
  if (typeof fileMode !== 'string' || !FILE_MODES.includes(fileMode)) {
    return fail(
      'InvalidFileModeException',
      `The file mode ${JSON.stringify(fileMode)} is not one of ${FILE_MODES.join(', ')}.`,
    );
  }
  return fileMode as FileModeTypeEnum;
};
