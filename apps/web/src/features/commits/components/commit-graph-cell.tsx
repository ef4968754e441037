import type { GraphEdge } from '../lib/commit-graph.ts';

/** Horizontal room per lane, in pixels. */
const LANE = 14;
const x = (lane: number) => lane * LANE + LANE / 2;

type CommitGraphCellProps = {
  /** Lanes the whole drawing uses, so every row's column has one width. */
  lanes: number;
  edges: readonly GraphEdge[];
  /** The commit's lane; absent for a row that only carries lanes through (a day's heading). */
  lane?: number;
};

/**
 * One row of the history graph. The drawing stretches to the row's height: the dot sits at its
 * middle, lines run from the top edge and to the bottom edge, so rows of any height join up.
 */
export function CommitGraphCell({ lanes, edges, lane }: CommitGraphCellProps) {
  const dot = lane === undefined ? undefined : x(lane);
  const path = ({ from, to }: GraphEdge) => {
    if (from !== null && to !== null) return `M${x(from)} 0 L${x(to)} 100`;
    if (from !== null) return `M${x(from)} 0 C${x(from)} 30 ${dot} 20 ${dot} 50`;
    if (to !== null) return `M${dot} 50 C${dot} 80 ${x(to)} 70 ${x(to)} 100`;
    return '';
  };
  return (
    <span className="commit-graph-cell" style={{ width: lanes * LANE }} aria-hidden="true">
      <svg viewBox={`0 0 ${lanes * LANE} 100`} preserveAspectRatio="none">
        {edges.map((edge, index) => (
          <path key={index} d={path(edge)} className={`commit-graph-lane-${edge.color % 6}`} />
        ))}
      </svg>
      {dot !== undefined && (
        <span
          className={`commit-graph-dot commit-graph-lane-${(edges.find((edge) => edge.to === lane || edge.from === lane)?.color ?? 0) % 6}`}
          style={{ left: dot }}
        />
      )}
    </span>
  );
}
