import type { OperationTable } from './types.ts';

export const approvalRuleTemplateOperations: OperationTable = {};
