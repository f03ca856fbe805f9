import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';

export type EvidenceFile = ResponseOf<'/api/v1/subsidy/applications/{id}/evidence', 'get'>[number];

/** The types the API accepts (checked again by content on the server). */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const evidenceKey = (id: string) => ['subsidy', 'evidence', id] as const;

export function useEvidence(applicationId: string) {
  return useQuery({
    queryKey: evidenceKey(applicationId),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/applications/{id}/evidence', { params: { path: { id: applicationId } } })),
  });
}

/** Uploads one file as multipart field `file` (申报材料). */
export function useUploadEvidence(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/subsidy/applications/{id}/evidence', {
          params: { path: { id: applicationId } },
          // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary.
          body: form as unknown as BodyOf<'/api/v1/subsidy/applications/{id}/evidence', 'post'>,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKey(applicationId) }),
  });
}

/** Downloads a file with the bearer token (a plain link could not send it). */
export function useDownloadEvidence(applicationId: string) {
  return useMutation({
    mutationFn: async (file: EvidenceFile) => {
      const { data, error, response } = await api.GET('/api/v1/subsidy/applications/{id}/evidence/{fileId}', {
        params: { path: { id: applicationId, fileId: file.id } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
      saveBlob(data, file.fileName);
    },
  });
}
