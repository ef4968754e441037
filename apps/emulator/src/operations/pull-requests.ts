import type { OperationTable } from './types.ts';

export const pullRequestOperations: OperationTable = {};
