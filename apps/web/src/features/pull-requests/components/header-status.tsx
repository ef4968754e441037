import { useApprovals } from '../api/get-approvals.ts';
import { useMergeability } from '../api/get-mergeability.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { personFromArn } from '@/lib/names.ts';

type Props = { input: PullRequestInput; pullRequest: PullRequest };

/**
 * Where an open pull request stands, in two chips: its approval rules and whether its branches
 * merge. Both read the queries the side panels read, so they cost no call of their own.
 */
export function HeaderStatus({ input, pullRequest }: Props) {
  const target = pullRequest.pullRequestTargets?.[0];
  const sourceCommit = target?.sourceCommit ?? '';
  const destinationCommit = target?.destinationCommit ?? '';
  const approvals = useApprovals(input);
  const mergeability = useMergeability(
    { ...input, sourceCommit, destinationCommit },
    !!sourceCommit,
  );

  const approval = (() => {
    if (!approvals.data) return { text: 'Approvals…', tone: '' };
    const { rules, evaluation, overriddenBy } = approvals.data;
    if (overriddenBy)
      return { text: `Rules overridden by ${personFromArn(overriddenBy)}`, tone: 'warning' };
    if (rules.length === 0) return { text: 'No approval rules', tone: '' };
    if (evaluation.approved) return { text: 'Approved', tone: 'success' };
    const unmet = rules.filter((rule) => !rule.satisfied).length;
    return {
      text: `Awaiting approval (${unmet} of ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'} unmet)`,
      tone: 'warning',
    };
  })();
  const merge = (() => {
    if (!mergeability.data) return { text: 'Checking mergeability…', tone: '' };
    if (mergeability.data.mergeable) return { text: 'No conflicts', tone: 'success' };
    const count = mergeability.data.conflicts.length;
    return {
      text: `${count} ${count === 1 ? 'file conflicts' : 'files conflict'}`,
      tone: 'warning',
    };
  })();

  return (
    <ul className="header-status" aria-label="Pull request status">
      <li className={`status-chip ${approval.tone && `status-chip-${approval.tone}`}`}>
        {approval.text}
      </li>
      <li className={`status-chip ${merge.tone && `status-chip-${merge.tone}`}`}>{merge.text}</li>
    </ul>
  );
}
