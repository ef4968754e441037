import { CodeCommitError } from '../protocol/errors.ts';
import { parsePath } from './parse-path.ts';

/**
 * The tree entry names of ListFileCommitHistory's filePath. AWS's model declares no path
 * exception for that operation (neither PathRequiredException nor InvalidPathException), so a
 * path that cannot name a file answers ValidationException, which every AWS JSON service may
 * return, in the words AWS's request validation uses, with what is wrong with it.
 *
 * @example
 * parseHistoryPath({ filePath: 'src/index.ts' }) // ['src', 'index.ts']
 */
export const parseHistoryPath = ({ filePath }: { filePath: unknown }): string[] => {
  try {
    return parsePath({ path: filePath });
  } catch (error) {
    if (!(error instanceof CodeCommitError)) throw error;
    throw new CodeCommitError(
      'ValidationException',
      `1 validation error detected: Value ${JSON.stringify(filePath) ?? 'null'} at 'filePath' failed to satisfy constraint: ${error.message}`,
    );
  }
};
