import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { resetForNewIdentity } from './get-session.ts';

export const signIn = (userName: string) => unwrap(api.api.session.$post({ json: { userName } }));

export const useSignIn = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signIn, onSuccess: () => resetForNewIdentity(queryClient) });
};
