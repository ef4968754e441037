import type { BlameEvent } from '@cc/shared/blame';
import type { Commit } from '@cc/shared/commits';

export type BlameCommit = { commit: Commit; previous?: { commitId: string; filePath: string } };

/** What the blame stream has told so far. */
export type BlameState = {
  file?: { commitId: string; filePath: string; blobId: string; lines: string[] };
  commits: Record<string, BlameCommit>;
  /** Commit id of each line (index = line number - 1); undefined until its commit is known. */
  owners: (string | undefined)[];
  attributed: number;
  done?: { complete: boolean; limit?: number };
  error?: string;
};

export const initialBlameState: BlameState = { commits: {}, owners: [], attributed: 0 };

/** Folds a batch of events into the state; a new object each time, for React. */
export function applyBlameEvents(state: BlameState, events: BlameEvent[]): BlameState {
  const next: BlameState = { ...state, commits: { ...state.commits }, owners: [...state.owners] };
  for (const event of events) {
    switch (event.type) {
      case 'file':
        next.file = event;
        next.owners = new Array<string | undefined>(event.lines.length).fill(undefined);
        break;
      case 'commit':
        next.commits[event.commit.commitId] = {
          commit: event.commit,
          ...(event.previous ? { previous: event.previous } : {}),
        };
        break;
      case 'lines':
        for (const [start, end] of event.ranges)
          for (let line = start; line <= end; line += 1) {
            if (next.owners[line - 1] === undefined) next.attributed += 1;
            next.owners[line - 1] = event.commitId;
          }
        break;
      case 'done':
        next.done = { complete: event.complete, ...(event.limit ? { limit: event.limit } : {}) };
        break;
      case 'error':
        next.error = event.error;
        break;
    }
  }
  return next;
}

/** Splits NDJSON text into whole lines, returning the parsed events and the unfinished rest. */
export function parseNdjson(buffer: string): { events: BlameEvent[]; rest: string } {
  const lines = buffer.split('\n');
  const rest = lines.pop() ?? '';
  return {
    events: lines.filter((line) => line.trim()).map((line) => JSON.parse(line) as BlameEvent),
    rest,
  };
}
