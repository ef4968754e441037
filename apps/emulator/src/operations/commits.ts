import type { OperationTable } from './types.ts';

export const commitOperations: OperationTable = {};
