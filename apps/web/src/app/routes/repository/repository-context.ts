import { useOutletContext } from 'react-router';
import type { getRepository } from '@/features/repositories/api/get-repository.ts';

export type Repository = Awaited<ReturnType<typeof getRepository>>['repository'];

export type RepositoryContext = { repository: Repository; repositoryName: string };

/** The repository the surrounding layout loaded, for the views inside it. */
export const useRepositoryContext = () => useOutletContext<RepositoryContext>();
