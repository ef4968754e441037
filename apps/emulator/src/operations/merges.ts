import type { OperationTable } from './types.ts';

export const mergeOperations: OperationTable = {};
