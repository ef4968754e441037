import type { BranchAheadBehind } from '@cc/shared/branches';

type BranchDivergenceProps = {
  branch: BranchAheadBehind | undefined;
  baseBranchName: string;
  isPending: boolean;
};

const plural = (count: number, truncated: boolean) =>
  `${count}${truncated ? '+' : ''} ${count === 1 && !truncated ? 'commit' : 'commits'}`;

/**
 * How a branch and the default branch diverged, as two bars about a line: behind on the left,
 * ahead on the right, each scaled to the larger of the two.
 */
export function BranchDivergence({ branch, baseBranchName, isPending }: BranchDivergenceProps) {
  if (!branch || branch.ahead === undefined || branch.behind === undefined)
    return isPending ? <span className="muted">…</span> : null;
  const { ahead, behind } = branch;
  const truncated = branch.truncated ?? false;
  const largest = Math.max(ahead, behind, 1);
  const label = `${plural(behind, truncated)} behind and ${plural(ahead, truncated)} ahead of ${baseBranchName}`;
  return (
    <span className="branch-divergence" title={label}>
      <span className="visually-hidden">{label}</span>
      <span className="branch-divergence-count" aria-hidden="true">
        {behind}
        {truncated ? '+' : ''}
      </span>
      <span className="branch-divergence-bars" aria-hidden="true">
        <span className="branch-divergence-behind">
          <span style={{ width: `${(behind / largest) * 100}%` }} />
        </span>
        <span className="branch-divergence-ahead">
          <span style={{ width: `${(ahead / largest) * 100}%` }} />
        </span>
      </span>
      <span className="branch-divergence-count" aria-hidden="true">
        {ahead}
        {truncated ? '+' : ''}
      </span>
    </span>
  );
}
