import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';

export type AuditVerification = ResponseOf<'/api/v1/identity/audit/verify', 'get'>;

/** Re-checks the hash chain on demand (a mutation: it runs only when asked). */
export function useVerifyAudit() {
  return useMutation({
    mutationFn: (): Promise<AuditVerification> => unwrap(api.GET('/api/v1/identity/audit/verify')),
  });
}
