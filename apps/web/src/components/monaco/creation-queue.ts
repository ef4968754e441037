/**
 * Builds editors one at a time, each in its own task: a page of many diffs that mounts several
 * at once (a scroll, a jump) would otherwise build them all in one long task and freeze input.
 * An editor that leaves the page before its turn is never built.
 */
const queue: (() => void)[] = [];
let running = false;

const nextTask = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 200 })
    : setTimeout(run, 0);

function runNext() {
  const create = queue.shift();
  if (!create) {
    running = false;
    return;
  }
  create();
  nextTask(runNext);
}

/** Runs `create` in a task of its own after those queued before it; the result cancels it. */
export function queueCreation(create: () => void): () => void {
  let cancelled = false;
  const entry = () => {
    if (!cancelled) create();
  };
  queue.push(entry);
  if (!running) {
    running = true;
    nextTask(runNext);
  }
  return () => {
    cancelled = true;
    const index = queue.indexOf(entry);
    if (index >= 0) queue.splice(index, 1);
  };
}
