import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type AttendanceSheet = ResponseOf<'/api/v1/training/classes/{classId}/attendance', 'get'>;
export type RecordAttendanceInput = BodyOf<'/api/v1/training/classes/{classId}/attendance', 'put'>;

export function useAttendance(classId: string) {
  return useQuery({
    queryKey: trainingKeys.attendance(classId),
    queryFn: () => unwrap(api.GET('/api/v1/training/classes/{classId}/attendance', { params: { path: { classId } } })),
  });
}

/** Records one session for the whole class (bulk entry); the grid and roster reload. */
export function useRecordAttendance(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAttendanceInput) =>
      unwrap(api.PUT('/api/v1/training/classes/{classId}/attendance', { params: { path: { classId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
