import type { OperationTable } from './types.ts';

export const fileOperations: OperationTable = {};
