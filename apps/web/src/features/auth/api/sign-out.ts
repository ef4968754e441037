import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { resetForNewIdentity } from './get-session.ts';

export const signOut = () => unwrap(api.api.session.$delete());

export const useSignOut = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSuccess: () => resetForNewIdentity(queryClient) });
};
