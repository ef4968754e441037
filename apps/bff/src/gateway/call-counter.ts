import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestScope {
  calls: number;
  /** The request asked for fresh answers (`Cache-Control: no-cache` or `max-age=0`). */
  revalidate: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `task` with a fresh count of CodeCommit calls, readable with `codeCommitCalls()` inside
 * it; `revalidate` makes the answers that are reused for a few seconds (branch tips, the
 * repository list) be asked for again during it.
 */
export function countCodeCommitCalls<T>(task: () => T, options: { revalidate?: boolean } = {}): T {
  return storage.run({ calls: 0, revalidate: options.revalidate ?? false }, task);
}

/** CodeCommit calls made so far by the request being served (0 outside one). */
export function codeCommitCalls(): number {
  return storage.getStore()?.calls ?? 0;
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
