import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type TrainingCertificate = ResponseOf<'/api/v1/training/enrollments/{id}/certificate', 'get'>;
export type CertificateVerification = ResponseOf<'/api/v1/training/certificates/{code}', 'get'>;

export function useCertificate(enrollmentId: string | undefined) {
  return useQuery({
    queryKey: trainingKeys.certificate(enrollmentId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/training/enrollments/{id}/certificate', { params: { path: { id: enrollmentId! } } })),
    enabled: Boolean(enrollmentId),
  });
}

/** The public check of a certificate code, as anyone would see it. */
export function useVerifyCertificate() {
  return useMutation({
    mutationFn: (code: string) => unwrap(api.GET('/api/v1/training/certificates/{code}', { params: { path: { code } } })),
  });
}

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) =>
      unwrap(api.POST('/api/v1/training/certificates/{code}/revoke', { params: { path: { code } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
