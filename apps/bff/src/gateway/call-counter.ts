import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestScope {
  calls: number;
  /** What the SDK saw of those calls: attempts CodeCommit throttled, retries, calls by operation. */
  throttles: number;
  retries: number;
  operations: Record<string, number>;
  /** The request asked for fresh answers (`Cache-Control: no-cache` or `max-age=0`). */
  revalidate: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `task` with a fresh count of CodeCommit calls, readable with `codeCommitCallSummary()` inside
 * it; `revalidate` makes the answers that are reused for a few seconds (branch tips, the
 * repository list) be asked for again during it.
 */
export function countCodeCommitCalls<T>(task: () => T, options: { revalidate?: boolean } = {}): T {
  return storage.run(
    { calls: 0, throttles: 0, retries: 0, operations: {}, revalidate: options.revalidate ?? false },
    task,
  );
}

/** True while serving a request that asked for fresh answers. */
export function isRevalidating(): boolean {
  return storage.getStore()?.revalidate ?? false;
}

export function recordCodeCommitCall(): void {
  const store = storage.getStore();
  if (store) store.calls += 1;
}

/**
 * Runs `task` outside the request being served: work that continues after its answer (walking
 * history ahead) is neither counted against it nor made to ask fresh.
 */
export function detachedFromRequest<T>(task: () => T): T {
  return storage.exit(task);
}

/** What the SDK saw of one call: counted for the request being served. */
export function recordCodeCommitOutcome(call: {
  operation: string;
  throttles: number;
  retries: number;
}): void {
  const store = storage.getStore();
  if (!store) return;
  store.throttles += call.throttles;
  store.retries += call.retries;
  store.operations[call.operation] = (store.operations[call.operation] ?? 0) + 1;
}

/** The CodeCommit calls of the request being served, for its log line. */
export interface CodeCommitCallSummary {
  calls: number;
  throttles: number;
  retries: number;
  operations: Record<string, number>;
}

export function codeCommitCallSummary(): CodeCommitCallSummary {
  const store = storage.getStore();
  return {
    calls: store?.calls ?? 0,
    throttles: store?.throttles ?? 0,
    retries: store?.retries ?? 0,
    operations: { ...store?.operations },
  };
}
