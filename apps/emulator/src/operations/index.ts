import type { OperationTable } from './types.ts';
import { repositoryOperations } from './repositories.ts';
import { branchOperations } from './branches.ts';
import { fileOperations } from './files.ts';
import { commitOperations } from './commits.ts';
import { differenceOperations } from './differences.ts';
import { tagOperations } from './tags.ts';

/** Operation name (the X-Amz-Target suffix) to handler. Names absent here answer UnknownOperationException. */
export const operations: OperationTable = {
  ...repositoryOperations,
  ...branchOperations,
  ...fileOperations,
  ...commitOperations,
  ...differenceOperations,
  ...tagOperations,
};
