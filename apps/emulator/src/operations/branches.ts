import type { OperationTable } from './types.ts';

export const branchOperations: OperationTable = {};
