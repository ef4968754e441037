import { useOutletContext } from 'react-router';
import { useBranches } from '@/features/code/api/list-branches.ts';
import type { getRepository } from '@/features/repositories/api/get-repository.ts';
import { useCanWrite } from '@/lib/authorization.ts';

export type Repository = Awaited<ReturnType<typeof getRepository>>['repository'];

export type RepositoryContext = { repository: Repository; repositoryName: string };

/** The repository the surrounding layout loaded, for the views inside it. */
export const useRepositoryContext = () => useOutletContext<RepositoryContext>();

/** The signed-in user may commit to `ref`: it is a branch, and IAM lets them write. */
export function useCanChangeRef(repositoryName: string, ref: string): boolean {
  const branches = useBranches(repositoryName);
  const canWrite = useCanWrite(repositoryName);
  return canWrite && Boolean(branches.data?.branches.some((branch) => branch.branchName === ref));
}
