import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type SubmitFilingInput = BodyOf<'/api/v1/registry/filings', 'post'>;

export function useSubmitFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitFilingInput) => unwrap(api.POST('/api/v1/registry/filings', { body })),
    onSuccess: (_data, body) => queryClient.invalidateQueries({ queryKey: institutionsKeys.filings(body.institutionId) }),
  });
}
