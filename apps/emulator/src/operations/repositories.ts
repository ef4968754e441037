import type { OperationTable } from './types.ts';

export const repositoryOperations: OperationTable = {};
