import type { LocalSignInInput } from '@cc/shared/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';
import { resetForNewIdentity } from './get-session.ts';

export const signInLocal = (input: LocalSignInInput) =>
  unwrap(api.api.session.local.$post({ json: input }));

export const useSignInLocal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInLocal,
    onSuccess: () => resetForNewIdentity(queryClient),
  });
};
