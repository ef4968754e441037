import { useOutletContext, useParams } from 'react-router';
import { useBranches } from '@/features/code/api/list-branches.ts';
import type { getRepository } from '@/features/repositories/api/get-repository.ts';
import { useCanWrite } from '@/lib/authorization.ts';

export type Repository = Awaited<ReturnType<typeof getRepository>>['repository'];

export type RepositoryContext = { repository: Repository; repositoryName: string };

/** The repository the surrounding layout loaded, for the views inside it. */
export const useRepositoryContext = () => useOutletContext<RepositoryContext>();

/** The signed-in user may commit to `ref`: it is a branch, and IAM lets them write. */
export function useCanChangeRef(repositoryName: string, ref: string): boolean {
  const canWrite = useCanWrite(repositoryName);
  // Only someone who may write needs to know whether the ref is a branch.
  const branches = useBranches(repositoryName, { enabled: canWrite });
  return canWrite && Boolean(branches.data?.branches.some((branch) => branch.branchName === ref));
}

/** The ref and the path after it in a `/<view>/:ref/*` address. */
export function useRefAndPath(): { ref: string; path: string } {
  const params = useParams();
  return { ref: params.ref ?? '', path: params['*'] ?? '' };
}
