import type { PullRequestEvent } from '@aws-sdk/client-codecommit';
import { fromRuleContent, type ApprovalRuleFields } from './rule-content.ts';

/** What an approval rule event changed: the rule's fields before and after it, when known. */
export interface ApprovalRuleChange {
  before: ApprovalRuleFields | null;
  after: ApprovalRuleFields | null;
}

const ruleEventTypes = new Set([
  'PULL_REQUEST_APPROVAL_RULE_CREATED',
  'PULL_REQUEST_APPROVAL_RULE_UPDATED',
  'PULL_REQUEST_APPROVAL_RULE_DELETED',
]);

/**
 * Each approval rule event, oldest first, with the rule as the previous event of the same rule
 * left it. CodeCommit's event metadata carries only the rule's content after the change, so
 * "2 → 1 approvals" comes from reading the events in order. A rule that came from a template has
 * no creation event: its first update knows only the new content.
 */
export function withApprovalRuleChanges(
  events: PullRequestEvent[],
): (PullRequestEvent & { approvalRuleChange?: ApprovalRuleChange })[] {
  const current = new Map<string, ApprovalRuleFields | null>();
  return events.map((event) => {
    const metadata = event.approvalRuleEventMetadata;
    if (!ruleEventTypes.has(event.pullRequestEventType ?? '') || !metadata) return event;
    const key = metadata.approvalRuleId ?? metadata.approvalRuleName ?? '';
    const content = fromRuleContent(metadata.approvalRuleContent) ?? null;
    const deleted = event.pullRequestEventType === 'PULL_REQUEST_APPROVAL_RULE_DELETED';
    const before = current.get(key) ?? (deleted ? content : null);
    const after = deleted ? null : content;
    current.set(key, after);
    return { ...event, approvalRuleChange: { before, after } };
  });
}
