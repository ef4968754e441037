import { randomUUID } from 'node:crypto';
import { deleteBranch } from '../../gateway/branches.ts';
import { createCommit } from '../../gateway/code.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { isAttemptAllowed } from '../../gateway/pull-requests.ts';
import { createRepository, deleteRepository } from '../../gateway/repositories.ts';

/** What the signed-in user may do beyond reading any repository. */
export interface AccountPermissions {
  canCreateRepository: boolean;
  canDeleteRepository: boolean;
}

/** What the signed-in user may change in one repository, as IAM answers it. */
export interface RepositoryPermissions extends AccountPermissions {
  /** Commit (PutFile, DeleteFile, CreateCommit), create branches, change settings. */
  canWrite: boolean;
  canDeleteBranch: boolean;
}

/**
 * CodeCommit never accepts a repository name ending in `.git`: creating it fails after IAM
 * said yes, and deleting it deletes nothing, since no such repository can exist.
 */
const PROBE_REPOSITORY_NAME = 'permission-probe.git';

/** Probes the account-wide permissions, in parallel: two calls. */
export async function probeAccountPermissions(codeCommit: CodeCommit): Promise<AccountPermissions> {
  const [canCreateRepository, canDeleteRepository] = await Promise.all([
    isAttemptAllowed(() => createRepository(codeCommit, { repositoryName: PROBE_REPOSITORY_NAME })),
    isAttemptAllowed(() => deleteRepository(codeCommit, PROBE_REPOSITORY_NAME)),
  ]);
  return { canCreateRepository, canDeleteRepository };
}

/**
 * Probes writes to `repositoryName` on a branch and a file that cannot exist (a fresh UUID
 * names both): a commit that only deletes a missing file is refused whatever the branch holds,
 * and deleting a missing branch deletes nothing. Asking about this repository's ARN keeps the
 * answer right for policies scoped to some repositories. Two calls.
 */
export async function probeRepositoryWrites(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Pick<RepositoryPermissions, 'canWrite' | 'canDeleteBranch'>> {
  const probe = `permission-probe-${randomUUID()}`;
  const branchName = `permission-probe/${randomUUID()}`;
  const [canWrite, canDeleteBranch] = await Promise.all([
    isAttemptAllowed(() =>
      createCommit(codeCommit, {
        repositoryName,
        branchName,
        deleteFiles: [{ filePath: probe }],
        commitMessage: 'permission probe',
      }),
    ),
    isAttemptAllowed(() => deleteBranch(codeCommit, repositoryName, branchName)),
  ]);
  return { canWrite, canDeleteBranch };
}
