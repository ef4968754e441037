import type { OperationTable } from './types.ts';

export const approvalOperations: OperationTable = {};
