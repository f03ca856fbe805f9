import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { institutionsKeys } from './institutions-keys';

/** The recognition workflow's steps (申请认定 → 认定 / 驳回; 暂停 / 撤销 / 恢复), by their URL segment. */
export type InstitutionAction = 'apply-recognition' | 'recognise' | 'reject' | 'suspend' | 'revoke' | 'restore';

interface ChangeStatusArgs {
  id: string;
  action: InstitutionAction;
  reason?: string;
  /** The ETag the user looked at: a step taken on a stale view is refused with 412. */
  etag?: string | null;
}

function post({ id, action, reason, etag }: ChangeStatusArgs) {
  const options = {
    params: { path: { id } },
    body: { reason: reason ?? null },
    headers: etag ? { 'If-Match': etag } : undefined,
  };
  switch (action) {
    case 'apply-recognition':
      return api.POST('/api/v1/registry/institutions/{id}/apply-recognition', options);
    case 'recognise':
      return api.POST('/api/v1/registry/institutions/{id}/recognise', options);
    case 'reject':
      return api.POST('/api/v1/registry/institutions/{id}/reject', options);
    case 'suspend':
      return api.POST('/api/v1/registry/institutions/{id}/suspend', options);
    case 'revoke':
      return api.POST('/api/v1/registry/institutions/{id}/revoke', options);
    case 'restore':
      return api.POST('/api/v1/registry/institutions/{id}/restore', options);
  }
}

export function useChangeInstitutionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: ChangeStatusArgs) => unwrap(post(args)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.all }),
  });
}
