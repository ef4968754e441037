import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const getDashboard = () => unwrap(api.api.dashboard.$get());

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
export type DashboardPullRequest = Dashboard['mine'][number];

/** Read again on every visit: approvals and merges elsewhere change it at any time. */
export const getDashboardQueryOptions = () =>
  queryOptions({ queryKey: ['dashboard'], queryFn: getDashboard, staleTime: 0 });

export const useDashboard = () => useQuery(getDashboardQueryOptions());
