import type { OperationTable } from './types.ts';

export const differenceOperations: OperationTable = {};
