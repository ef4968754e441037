import type { OperationTable } from './types.ts';

export const tagOperations: OperationTable = {};
