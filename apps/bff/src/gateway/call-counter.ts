import { AsyncLocalStorage } from 'node:async_hooks';

interface CallCount {
  calls: number;
}

const storage = new AsyncLocalStorage<CallCount>();

/** Runs `task` with a fresh count of CodeCommit calls, readable with `codeCommitCalls()` inside it. */
export function countCodeCommitCalls<T>(task: () => T): T {
  return storage.run({ calls: 0 }, task);
}

/** CodeCommit calls made so far by the request being served (0 outside one). */
export function codeCommitCalls(): number {
  return storage.getStore()?.calls ?? 0;
}

export function recordCodeCommitCall(): void {
  const store = storage.getStore();
  if (store) store.calls += 1;
}
