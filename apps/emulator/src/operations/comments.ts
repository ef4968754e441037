import type { OperationTable } from './types.ts';

export const commentOperations: OperationTable = {};
