/**
 * Lanes of a history graph, as `git log --graph` and the AWS console's commit visualizer draw
 * them, from the commits already fetched, newest first. Each lane waits for one commit id; a
 * commit takes the first lane waiting for it (or a free one, for a branch tip), ends every
 * other lane waiting for it (branches forking here), hands its first parent its own lane and
 * gives each further parent (a merge) the lane already waiting for it or a new one.
 */

export interface GraphCommit {
  commitId: string;
  parents: readonly string[];
}

/** A line inside one row: from a lane at the top (or the dot) to a lane at the bottom (or the dot). */
export interface GraphEdge {
  /** Lane at the row's top, or `null` when the line starts at the commit's dot. */
  from: number | null;
  /** Lane at the row's bottom, or `null` when the line ends at the commit's dot. */
  to: number | null;
  /** The lane whose color the line takes. */
  color: number;
}

export interface GraphRow {
  commitId: string;
  /** The commit's lane. */
  lane: number;
  /** Lanes in use in this row, to size the drawing. */
  width: number;
  edges: GraphEdge[];
  /** Lanes still open below the last row, for a separator or a page still to come. */
  openBelow: number[];
}

export function commitGraph(commits: readonly GraphCommit[]): GraphRow[] {
  const lanes: (string | null)[] = [];
  const colors: number[] = [];
  let nextColor = 0;
  const freeLane = () => {
    const index = lanes.indexOf(null);
    return index === -1 ? lanes.length : index;
  };
  const rows: GraphRow[] = [];
  for (const commit of commits) {
    const edges: GraphEdge[] = [];
    const waiting = lanes.flatMap((id, index) => (id === commit.commitId ? [index] : []));
    const lane = waiting[0] ?? freeLane();
    if (waiting.length === 0) {
      lanes[lane] = commit.commitId;
      colors[lane] = nextColor++;
    }
    // Lines from above: into the dot for lanes waiting for this commit, straight down for others.
    lanes.forEach((id, index) => {
      if (id === null) return;
      if (id === commit.commitId) {
        if (waiting.includes(index))
          edges.push({ from: index, to: null, color: colors[index] ?? 0 });
      } else edges.push({ from: index, to: index, color: colors[index] ?? 0 });
    });
    for (const index of waiting.slice(1)) lanes[index] = null;
    const [first, ...others] = commit.parents;
    lanes[lane] = first ?? null;
    if (first !== undefined) edges.push({ from: null, to: lane, color: colors[lane] ?? 0 });
    for (const parent of others) {
      let target = lanes.indexOf(parent);
      if (target === -1) {
        target = freeLane();
        lanes[target] = parent;
        colors[target] = nextColor++;
      }
      edges.push({ from: null, to: target, color: colors[target] ?? 0 });
    }
    while (lanes.length > 0 && lanes.at(-1) === null) lanes.pop();
    const openBelow = lanes.flatMap((id, index) => (id === null ? [] : [index]));
    const width = Math.max(
      lane + 1,
      ...edges.map((edge) => Math.max(edge.from ?? 0, edge.to ?? 0) + 1),
    );
    rows.push({ commitId: commit.commitId, lane, width, edges, openBelow });
  }
  return rows;
}
