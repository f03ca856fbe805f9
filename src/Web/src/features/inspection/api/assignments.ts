import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export interface InspectorPick {
  userId: string;
  name: string;
}

export interface AssignmentOutcome {
  taskId: string;
  error?: unknown;
}

/** Assigns the same inspectors (指派检查人员) to several tasks, one request per task; reports each task's outcome. */
export function useAssignInspectors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ taskIds, inspectors }: { taskIds: string[]; inspectors: InspectorPick[] }): Promise<AssignmentOutcome[]> => {
      const outcomes: AssignmentOutcome[] = [];
      for (const taskId of taskIds) {
        try {
          await unwrap(api.PUT('/api/v1/inspection/tasks/{id}/inspectors', { params: { path: { id: taskId } }, body: { inspectors } }));
          outcomes.push({ taskId });
        } catch (error) {
          outcomes.push({ taskId, error });
        }
      }
      return outcomes;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['inspection'] }),
  });
}
