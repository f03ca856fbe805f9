import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { usersKeys } from './users-keys';

export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) => {
      const options = { params: { path: { id } } };
      return unwrap(
        disabled
          ? api.POST('/api/v1/identity/users/{id}/disable', options)
          : api.POST('/api/v1/identity/users/{id}/enable', options),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
