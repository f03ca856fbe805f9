import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api-client';
import { tokenStore } from './token-store';

/** Revokes the refresh token on the server (best effort), then forgets the session. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      const tokens = tokenStore.get();
      if (tokens) {
        await api.POST('/api/v1/auth/logout', { body: { refreshToken: tokens.refreshToken } }).catch(() => undefined);
      }
    },
    onSettled: () => {
      tokenStore.clear({ signedOut: true });
      queryClient.clear();
      return navigate('/login', { replace: true });
    },
  });
}
