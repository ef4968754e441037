import type { PullRequestEvent } from '@aws-sdk/client-codecommit';
import type { RepositoryRecord } from '../operations/types.ts';
import type { PullRequestRecord } from '../pull-requests/pull-request-store.ts';
import { ruleContentSha256 } from '../approvals/rule-content.ts';
import { consoleUrl } from './console-url.ts';
import { codeCommitEvent, type CodeCommitEvent } from './envelope.ts';
import { javaDate } from './java-date.ts';

const eventNames: Record<string, string> = {
  PULL_REQUEST_CREATED: 'pullRequestCreated',
  PULL_REQUEST_SOURCE_REFERENCE_UPDATED: 'pullRequestSourceBranchUpdated',
  PULL_REQUEST_STATUS_CHANGED: 'pullRequestStatusChanged',
  PULL_REQUEST_MERGE_STATE_CHANGED: 'pullRequestMergeStatusUpdated',
  PULL_REQUEST_APPROVAL_RULE_CREATED: 'pullRequestApprovalRuleCreated',
  PULL_REQUEST_APPROVAL_RULE_UPDATED: 'pullRequestApprovalRuleUpdated',
  PULL_REQUEST_APPROVAL_RULE_DELETED: 'pullRequestApprovalRuleDeleted',
  PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN: 'pullRequestApprovalRuleOverridden',
  PULL_REQUEST_APPROVAL_STATE_CHANGED: 'pullRequestApprovalStateChanged',
};

/** The fields one kind of event adds, and what its notificationBody says after "User: <arn>.". */
const specifics = (
  activity: PullRequestEvent,
  pullRequest: PullRequestRecord,
): { fields: Record<string, unknown>; says: string } => {
  const id = pullRequest.pullRequestId;
  const rule = activity.approvalRuleEventMetadata;
  const ruleFields = {
    approvalRuleContentSha256: ruleContentSha256(rule?.approvalRuleContent ?? ''),
    approvalRuleId: rule?.approvalRuleId,
    approvalRuleName: rule?.approvalRuleName,
  };
  switch (activity.pullRequestEventType) {
    case 'PULL_REQUEST_CREATED':
      return {
        fields: {},
        says: `Event: Created. The pull request was created with the following information: Pull Request ID as ${id} and title as ${pullRequest.title}.`,
      };
    case 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED':
      return {
        fields: {},
        says: `Event: Updated. The user updated the following pull request: ${id}. The pull request was updated with one or more commits to the source branch: ${pullRequest.sourceReference.replace(/^refs\/heads\//, '')}.`,
      };
    case 'PULL_REQUEST_STATUS_CHANGED':
      return {
        fields: {},
        says: `Event: Updated. The pull request status of ${id} has been updated. The status is ${pullRequest.pullRequestStatus.toLowerCase()}.`,
      };
    case 'PULL_REQUEST_MERGE_STATE_CHANGED':
      return {
        fields: pullRequest.mergeOption ? { mergeOption: pullRequest.mergeOption } : {},
        says: `Event: Updated. The pull request merge status of ${id} has been updated. The status is merged.`,
      };
    case 'PULL_REQUEST_APPROVAL_RULE_CREATED':
      return {
        fields: ruleFields,
        says: `Event: Updated. Pull request: ${id}. Additional information: An approval rule has been created with the following name: ${rule?.approvalRuleName ?? ''}.`,
      };
    case 'PULL_REQUEST_APPROVAL_RULE_UPDATED':
      return {
        fields: ruleFields,
        says: `Event: Updated. Pull request name: ${id}. The content of an approval rule has been updated for the pull request. The name of the updated rule is: ${rule?.approvalRuleName ?? ''}.`,
      };
    case 'PULL_REQUEST_APPROVAL_RULE_DELETED':
      return {
        fields: ruleFields,
        says: `Event: Updated. Pull request: ${id}. Additional information: An approval rule has been deleted: ${rule?.approvalRuleName ?? ''} was deleted.`,
      };
    case 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN': {
      const overrideStatus = activity.approvalRuleOverriddenEventMetadata?.overrideStatus;
      return {
        fields: { overrideStatus },
        says: `Event: Updated. Pull request name: ${id}. Additional information: An override event has occurred for the approval rules for this pull request. Override status: ${overrideStatus ?? ''}.`,
      };
    }
    default: {
      const approvalStatus = activity.approvalStateChangedEventMetadata?.approvalStatus;
      return {
        fields: { approvalStatus },
        says: `Event: Updated. Pull request name: ${id}. Additional information: A user has changed their approval state for the pull request. State change: ${approvalStatus ?? ''}.`,
      };
    }
  }
};

/**
 * The "CodeCommit Pull Request State Change" event for one entry of a pull request's activity,
 * with the detail fields of the CodeCommit User Guide's pullRequestCreated,
 * pullRequestSourceBranchUpdated, pullRequestStatusChanged, pullRequestMergeStatusUpdated,
 * pullRequestApprovalRule{Created,Updated,Deleted,Overridden} and pullRequestApprovalStateChanged
 * examples: the pull request as the change left it ("Open"/"Closed", isMerged "True"/"False",
 * dates as Java prints them) plus what that kind of change adds. Undefined for any other activity.
 *
 * @example
 * const event = pullRequestStateChange({ region, accountId, repository, pullRequest, activity });
 */
export const pullRequestStateChange = ({
  region,
  accountId,
  repository,
  pullRequest,
  activity,
}: {
  region: string;
  accountId: string;
  repository: RepositoryRecord;
  pullRequest: PullRequestRecord;
  activity: PullRequestEvent;
}): CodeCommitEvent | undefined => {
  const event = eventNames[activity.pullRequestEventType ?? ''];
  if (!event) return undefined;
  const callerUserArn = activity.actorArn ?? '';
  const { fields, says } = specifics(activity, pullRequest);
  const page = `repositories/${repository.repositoryName}/pull-requests/${pullRequest.pullRequestId}`;
  return codeCommitEvent({
    detailType: 'CodeCommit Pull Request State Change',
    region,
    accountId,
    repositoryArn: repository.arn,
    time: activity.eventDate ?? new Date(),
    detail: {
      author: pullRequest.authorArn,
      callerUserArn,
      creationDate: javaDate(pullRequest.creationDate),
      description: pullRequest.description ?? '',
      destinationCommit: pullRequest.destinationCommit,
      destinationReference: pullRequest.destinationReference,
      event,
      isMerged: pullRequest.isMerged ? 'True' : 'False',
      lastModifiedDate: javaDate(pullRequest.lastActivityDate),
      notificationBody: `A pull request event occurred in the following AWS CodeCommit repository: ${repository.repositoryName}. User: ${callerUserArn}. ${says} For more information, go to the AWS CodeCommit console ${consoleUrl({ region, page })}`,
      pullRequestId: pullRequest.pullRequestId,
      pullRequestStatus: pullRequest.pullRequestStatus === 'OPEN' ? 'Open' : 'Closed',
      repositoryNames: [repository.repositoryName],
      revisionId: pullRequest.revisionId,
      sourceCommit: pullRequest.sourceCommit,
      sourceReference: pullRequest.sourceReference,
      title: pullRequest.title,
      ...fields,
    },
  });
};
