const queues = new Map<string, Promise<void>>();

/**
 * Runs pull request bookkeeping for one repository strictly in order (a push's effects before
 * the next read's), one job at a time, never letting a failure stop the jobs after it.
 *
 * @example
 * await inRepositoryOrder(repositoryId, () => followBranches(...));
 */
export const inRepositoryOrder = (
  repositoryId: string,
  work: () => Promise<void>,
): Promise<void> => {
  const next = (queues.get(repositoryId) ?? Promise.resolve()).then(work);
  const settled = next.catch((error: unknown) =>
    console.error(`Pull request bookkeeping failed for repository ${repositoryId}:`, error),
  );
  queues.set(repositoryId, settled);
  void settled.then(() => {
    if (queues.get(repositoryId) === settled) queues.delete(repositoryId);
  });
  return next;
};

/**
 * Resolves once every job queued so far for one repository has run (at once when none is):
 * a read waits here to see the effects of every push before it, without doing any work itself.
 *
 * @example
 * await afterQueuedWork(repositoryId);
 */
export const afterQueuedWork = async (repositoryId: string): Promise<void> => {
  await queues.get(repositoryId);
};
