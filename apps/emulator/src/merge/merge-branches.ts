import type { MergeOptionTypeEnum } from '@aws-sdk/client-codecommit';
import type { OperationContext } from '../operations/types.ts';
import { fail } from '../protocol/errors.ts';
import { checkBranchName } from '../git/check-branch-name.ts';
import { readObject } from '../git/object-reader.ts';
import { readBranch } from '../git/read-branch.ts';
import { createMergeCommit, type MergeRequest } from './create-merge-commit.ts';
import { isAncestor } from './merge-base.ts';
import { mergeInputs } from './merge-inputs.ts';
import { mergeDetails } from './merge-details.ts';
import { moveBranch } from './move-branch.ts';

/** The branch a merge is applied to: targetBranch, or else the destination when it names a branch. */
const targetOf = async (
  gitDir: string,
  targetBranch: string | undefined,
  destinationSpecifier: string,
): Promise<{ branchName: string; tip: string } | undefined> => {
  const named = targetBranch ?? destinationSpecifier.replace(/^refs\/heads\//, '');
  if (!checkBranchName({ branchName: named })) {
    return targetBranch === undefined
      ? undefined
      : fail(
          'InvalidTargetBranchException',
          `${JSON.stringify(targetBranch)} is not a valid branch name.`,
        );
  }
  const tip = await readBranch({ gitDir, branchName: named });
  if (tip) return { branchName: named, tip };
  if (targetBranch === undefined) return undefined;
  if (await readObject({ gitDir, name: `refs/tags/${named}^{commit}` }))
    fail('BranchNameIsTagNameException', `${named} is a tag, not a branch.`);
  return fail('BranchDoesNotExistException', `The branch ${named} does not exist.`);
};

/**
 * MergeBranchesByFastForward, BySquash and ByThreeWay: merges the source into the destination
 * and moves the target branch (the destination branch unless targetBranch names another) to the
 * result with a compare-and-swap.
 *
 * @example
 * const { commitId, treeId } = await mergeBranches(ctx, 'THREE_WAY_MERGE', input);
 */
export const mergeBranches = async (
  ctx: OperationContext,
  mergeOption: MergeOptionTypeEnum,
  input: MergeRequest & {
    repositoryName?: string;
    sourceCommitSpecifier?: string;
    destinationCommitSpecifier?: string;
    targetBranch?: string;
  },
): Promise<{ commitId: string; treeId: string }> => {
  const { repository, sourceCommit, destinationCommit } = await mergeInputs(ctx, input);
  const { gitDir } = repository;
  const target = await targetOf(gitDir, input.targetBranch, input.destinationCommitSpecifier ?? '');
  const merged = await createMergeCommit({
    gitDir,
    caller: ctx.caller,
    mergeOption,
    sourceCommit,
    destinationCommit,
    request: input,
    defaultMessage: `Merge ${input.sourceCommitSpecifier ?? ''} into ${input.destinationCommitSpecifier ?? ''}`,
  });
  if (target) {
    // On the destination branch itself the move is from the tip the merge was computed on.
    const onDestination =
      target.branchName === (input.destinationCommitSpecifier ?? '').replace(/^refs\/heads\//, '');
    const fromCommitId = onDestination ? destinationCommit.commitId : target.tip;
    if (
      !onDestination &&
      !(await isAncestor({ gitDir, ancestorId: target.tip, commitId: merged.commitId }))
    ) {
      fail(
        'ManualMergeRequiredException',
        `The merge does not contain the tip of ${target.branchName}; merge into it instead.`,
      );
    }
    await moveBranch({
      ctx,
      repositoryName: repository.repositoryName,
      gitDir,
      branchName: target.branchName,
      fromCommitId,
      toCommitId: merged.commitId,
      merge: await mergeDetails({
        gitDir,
        sourceCommitId: sourceCommit.commitId,
        destinationCommitId: destinationCommit.commitId,
        mergeOption,
        request: input,
      }),
    });
  }
  return merged;
};
