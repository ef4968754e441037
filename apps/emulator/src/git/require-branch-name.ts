import { fail } from '../protocol/errors.ts';
import { checkBranchName } from './check-branch-name.ts';
import { failInAwsWords } from '../protocol/aws-messages.ts';

/**
 * The branch name of a request, or BranchNameRequiredException / InvalidBranchNameException.
 *
 * @example
 * const branchName = requireBranchName({ branchName: input.branchName });
 */
export const requireBranchName = ({ branchName }: { branchName: unknown }): string => {
  if (branchName === undefined || branchName === null || branchName === '') {
    return failInAwsWords('BranchNameRequiredException');
  }
  if (!checkBranchName({ branchName })) {
    return fail(
      'InvalidBranchNameException',
      `The branch name ${JSON.stringify(branchName)} is not valid: use 1-256 characters that git allows in a branch name, and not 40 hexadecimal characters.`,
    );
  }
  return branchName as string;
};
