import { setTimeout as sleep } from 'node:timers/promises';
import { GitCommandError, runGit } from './run-git.ts';
import { ZERO_ID } from './object-id.ts';
import { readObject } from './object-reader.ts';

const currentValue = async (gitDir: string, ref: string): Promise<string> =>
  (await readObject({ gitDir, name: ref }))?.oid ?? ZERO_ID;

/** updated: the ref moved; outdated: it no longer held oldOid; conflict: another ref's name is in the way (`a` vs `a/b`). */
export type UpdateRefResult = 'updated' | 'outdated' | 'conflict';

/**
 * Moves, creates or deletes a ref only if it still holds `oldOid` (ZERO_ID: must not
 * exist yet; newOid ZERO_ID: delete). This is git's own atomic compare-and-swap
 * (`git update-ref <ref> <new> <old>` under the ref's lock file). Resolves 'outdated'
 * when another writer got there first. A lock held by a writer that then failed its own
 * check is retried, so only a real change of the ref makes this return 'outdated'.
 *
 * @example
 * if ((await updateRef({ gitDir, ref: 'refs/heads/main', newOid, oldOid })) === 'outdated') fail('ParentCommitIdOutdatedException', ...);
 */
export const updateRef = async ({
  gitDir,
  ref,
  newOid,
  oldOid,
}: {
  gitDir: string;
  ref: string;
  newOid: string;
  oldOid: string;
}): Promise<UpdateRefResult> => {
  if (!ref.startsWith('refs/')) throw new TypeError(`updateRef: ${ref} is not a full ref name`);
  const args =
    newOid === ZERO_ID ? ['update-ref', '-d', ref, oldOid] : ['update-ref', ref, newOid, oldOid];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await runGit({ gitDir, args });
      return 'updated';
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error;
      if ((await currentValue(gitDir, ref)) !== oldOid) return 'outdated';
      if (/exists; cannot create/.test(error.stderr)) return 'conflict';
      if (attempt >= 20) throw error;
      await sleep(5 + Math.random() * 20);
    }
  }
};
