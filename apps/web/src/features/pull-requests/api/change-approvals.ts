import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { pullRequestKey, type PullRequestInput } from './get-pull-request.ts';
import { pullRequestsKey } from './list-pull-requests.ts';

const pullRequest = api.api.repositories[':repositoryName']['pull-requests'][':pullRequestId'];

export type RuleFields = { numberOfApprovalsNeeded: number; approvalPoolMembers: string[] };

export const updateApprovalState = ({
  repositoryName,
  pullRequestId,
  ...json
}: PullRequestInput & { revisionId: string; approvalState: 'APPROVE' | 'REVOKE' }) =>
  unwrap(pullRequest.approval.$put({ param: { repositoryName, pullRequestId }, json }));

export const overrideApprovalRules = ({
  repositoryName,
  pullRequestId,
  ...json
}: PullRequestInput & {
  revisionId: string;
  overrideStatus: 'OVERRIDE' | 'REVOKE';
  reason?: string;
}) => unwrap(pullRequest.override.$put({ param: { repositoryName, pullRequestId }, json }));

export const createApprovalRule = ({
  repositoryName,
  pullRequestId,
  ...json
}: PullRequestInput & RuleFields & { approvalRuleName: string }) =>
  unwrap(pullRequest['approval-rules'].$post({ param: { repositoryName, pullRequestId }, json }));

export const updateApprovalRule = ({
  repositoryName,
  pullRequestId,
  approvalRuleName,
  ...json
}: PullRequestInput &
  RuleFields & { approvalRuleName: string; existingRuleContentSha256?: string }) =>
  unwrap(
    pullRequest['approval-rules'][':approvalRuleName'].$put({
      param: { repositoryName, pullRequestId, approvalRuleName },
      json,
    }),
  );

export const deleteApprovalRule = ({
  repositoryName,
  pullRequestId,
  approvalRuleName,
}: PullRequestInput & { approvalRuleName: string }) =>
  unwrap(
    pullRequest['approval-rules'][':approvalRuleName'].$delete({
      param: { repositoryName, pullRequestId, approvalRuleName },
    }),
  );

/** Approval changes touch the pull request, its events, comments (override reasons) and the list's badges. */
function useApprovalMutation<Input extends PullRequestInput, Output>(
  mutationFn: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pullRequestKey(input) }),
        queryClient.invalidateQueries({
          queryKey: [...pullRequestsKey(input.repositoryName), 'list'],
        }),
      ]),
  });
}

export const useUpdateApprovalState = () => useApprovalMutation(updateApprovalState);
export const useOverrideApprovalRules = () => useApprovalMutation(overrideApprovalRules);
export const useCreateApprovalRule = () => useApprovalMutation(createApprovalRule);
export const useUpdateApprovalRule = () => useApprovalMutation(updateApprovalRule);
export const useDeleteApprovalRule = () => useApprovalMutation(deleteApprovalRule);
