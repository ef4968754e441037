import type { EmulatorEvents, ReferenceUpdate, RepositoryStore } from '../operations/types.ts';

const zeroId = '0000000000000000000000000000000000000000';

/**
 * The emulator's event hub. A branch that appears in a repository without a default branch
 * becomes its default, as CodeCommit does with the first branch; every move bumps
 * lastModifiedDate. Listeners run after that, and one failing does not stop the others.
 */
export function createEvents(repositoriesIn: (region: string) => RepositoryStore): EmulatorEvents {
  const listeners: Array<(update: ReferenceUpdate) => void> = [];
  return {
    referenceUpdated(update) {
      const branch = update.ref.startsWith('refs/heads/')
        ? update.ref.slice('refs/heads/'.length)
        : undefined;
      const created = update.newCommitId !== zeroId;
      repositoriesIn(update.region).touch(
        update.repositoryName,
        branch && created ? { defaultBranch: branch } : {},
      );
      for (const listener of listeners) {
        try {
          listener(update);
        } catch (error) {
          console.error('A reference listener failed:', error);
        }
      }
    },
    onReferenceUpdated(listener) {
      listeners.push(listener);
    },
  };
}
