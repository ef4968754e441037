import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

export const getCloneSettings = () => unwrap(api.api['clone-settings'].$get());

export const getCloneSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['clone-settings'],
    queryFn: getCloneSettings,
    // The console's settings change only when it restarts, but the person's SSH keys in IAM
    // change when they upload one: asked again when the panel comes back into view.
    staleTime: 0,
  });

export const useCloneSettings = () => useQuery(getCloneSettingsQueryOptions());
