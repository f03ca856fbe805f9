import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { institutionsKeys } from './institutions-keys';

export function useWithdrawTitle(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ titleId, reason }: { titleId: string; reason: string }) =>
      unwrap(
        api.POST('/api/v1/registry/institutions/{institutionId}/titles/{titleId}/withdraw', {
          params: { path: { institutionId, titleId } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.all }),
  });
}
