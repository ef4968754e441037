import { shortCommitId } from '../../../lib/format.ts';
import { branchFromReference } from '../../../lib/names.ts';

/** The fields of an approval rule as the BFF reads them from its content. */
type RuleFields = { numberOfApprovalsNeeded: number; approvalPoolMembers: string[] };

/** A pull request event as the BFF serves it (dates as strings), with what a rule event changed. */
export type TimelineEvent = {
  pullRequestEventType?: string;
  actorArn?: string;
  eventDate?: string;
  pullRequestStatusChangedEventMetadata?: { pullRequestStatus?: string };
  pullRequestSourceReferenceUpdatedEventMetadata?: {
    beforeCommitId?: string;
    afterCommitId?: string;
  };
  pullRequestMergedStateChangedEventMetadata?: {
    destinationReference?: string;
    mergeMetadata?: { mergeOption?: string };
  };
  approvalRuleEventMetadata?: { approvalRuleName?: string };
  approvalStateChangedEventMetadata?: { approvalStatus?: string };
  approvalRuleOverriddenEventMetadata?: { overrideStatus?: string };
  approvalRuleChange?: { before: RuleFields | null; after: RuleFields | null };
};

const mergeOptionNames: Record<string, string> = {
  FAST_FORWARD_MERGE: 'fast-forward',
  SQUASH_MERGE: 'squash',
  THREE_WAY_MERGE: 'three-way merge',
};

const approvals = (count: number) => `${count} ${count === 1 ? 'approval' : 'approvals'}`;
const shortMember = (member: string) =>
  member.replace(/^CodeCommitApprovers:[^:]+:/, '').replace(/^arn:aws[\w-]*:(iam|sts)::\d+:/, '');

function poolText(members: string[]) {
  return members.length ? `from ${members.map(shortMember).join(', ')}` : 'from anyone';
}

/** "2 → 1 approvals; pool: +alice, −bob", or the rule as it now stands when the before is unknown. */
export function describeRuleChange(
  before: RuleFields | null,
  after: RuleFields | null,
): string | null {
  if (!after) return before ? `${approvals(before.numberOfApprovalsNeeded)} needed` : null;
  if (!before) {
    return `${approvals(after.numberOfApprovalsNeeded)} ${poolText(after.approvalPoolMembers)}`;
  }
  const parts: string[] = [];
  if (before.numberOfApprovalsNeeded !== after.numberOfApprovalsNeeded) {
    parts.push(`${before.numberOfApprovalsNeeded} → ${after.numberOfApprovalsNeeded} approvals`);
  }
  const added = after.approvalPoolMembers.filter(
    (member) => !before.approvalPoolMembers.includes(member),
  );
  const removed = before.approvalPoolMembers.filter(
    (member) => !after.approvalPoolMembers.includes(member),
  );
  if (added.length || removed.length) {
    const changes = [
      ...added.map((member) => `+${shortMember(member)}`),
      ...removed.map((member) => `−${shortMember(member)}`),
    ];
    parts.push(after.approvalPoolMembers.length ? `pool ${changes.join(', ')}` : 'pool: anyone');
  }
  return parts.length ? parts.join('; ') : 'no change to approvals or pool';
}

function ruleSentence(verb: string, event: TimelineEvent) {
  const name = event.approvalRuleEventMetadata?.approvalRuleName ?? '';
  const change = event.approvalRuleChange
    ? describeRuleChange(event.approvalRuleChange.before, event.approvalRuleChange.after)
    : null;
  return `${verb} the approval rule ${name}${change ? ` (${change})` : ''}`;
}

/** One event in words, as a sentence after the actor's name. */
export function describeEvent(event: TimelineEvent): string {
  switch (event.pullRequestEventType) {
    case 'PULL_REQUEST_CREATED':
      return 'opened this pull request';
    case 'PULL_REQUEST_STATUS_CHANGED':
      return event.pullRequestStatusChangedEventMetadata?.pullRequestStatus === 'CLOSED'
        ? 'closed this pull request'
        : 'reopened this pull request';
    case 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED': {
      const metadata = event.pullRequestSourceReferenceUpdatedEventMetadata;
      return `pushed new commits (${shortCommitId(metadata?.beforeCommitId ?? '')} → ${shortCommitId(metadata?.afterCommitId ?? '')})`;
    }
    case 'PULL_REQUEST_MERGE_STATE_CHANGED': {
      const metadata = event.pullRequestMergedStateChangedEventMetadata;
      const option = metadata?.mergeMetadata?.mergeOption ?? '';
      const destination = branchFromReference(metadata?.destinationReference) || 'the destination';
      return `merged into ${destination}${option ? ` by ${mergeOptionNames[option] ?? option}` : ''}`;
    }
    case 'PULL_REQUEST_APPROVAL_RULE_CREATED':
      return ruleSentence('added', event);
    case 'PULL_REQUEST_APPROVAL_RULE_UPDATED':
      return ruleSentence('changed', event);
    case 'PULL_REQUEST_APPROVAL_RULE_DELETED':
      return ruleSentence('deleted', event);
    case 'PULL_REQUEST_APPROVAL_STATE_CHANGED':
      return event.approvalStateChangedEventMetadata?.approvalStatus === 'APPROVE'
        ? 'approved these changes'
        : 'revoked their approval';
    case 'PULL_REQUEST_APPROVAL_RULE_OVERRIDDEN':
      return event.approvalRuleOverriddenEventMetadata?.overrideStatus === 'REVOKE'
        ? 'revoked the override of the approval rules'
        : 'overrode the approval rules';
    default:
      return String(event.pullRequestEventType ?? 'did something')
        .toLowerCase()
        .replace(/_/g, ' ');
  }
}
