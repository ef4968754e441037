import type { OperationTable } from './types.ts';

export const triggerOperations: OperationTable = {};
