import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const getSession = () => unwrap(api.api.session.$get());

export type Session = Awaited<ReturnType<typeof getSession>>;

export const getSessionQueryOptions = () =>
  queryOptions({ queryKey: ['session'], queryFn: getSession, staleTime: 5 * 60_000 });

export const useSession = () => useQuery(getSessionQueryOptions());

/** After the identity changes, nothing fetched as the previous user may be shown again. */
export async function resetForNewIdentity(queryClient: QueryClient): Promise<void> {
  const sessionKey = getSessionQueryOptions().queryKey;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  await queryClient.invalidateQueries({ queryKey: sessionKey });
}
