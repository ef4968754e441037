import type { OperationTable } from './types.ts';
import { repositoryOperations } from './repositories.ts';
import { branchOperations } from './branches.ts';
import { fileOperations } from './files.ts';
import { commitOperations } from './commits.ts';
import { differenceOperations } from './differences.ts';
import { tagOperations } from './tags.ts';
import { pullRequestOperations } from './pull-requests.ts';
import { commentOperations } from './comments.ts';
import { approvalOperations } from './approvals.ts';
import { approvalRuleTemplateOperations } from './approval-rule-templates.ts';
import { mergeOperations } from './merges.ts';
import { triggerOperations } from './triggers.ts';

/** Operation name (the X-Amz-Target suffix) to handler. Names absent here answer UnknownOperationException. */
export const operations: OperationTable = {
  ...repositoryOperations,
  ...branchOperations,
  ...fileOperations,
  ...commitOperations,
  ...differenceOperations,
  ...tagOperations,
  ...pullRequestOperations,
  ...commentOperations,
  ...approvalOperations,
  ...approvalRuleTemplateOperations,
  ...mergeOperations,
  ...triggerOperations,
};
