import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { ApiError, toProblem } from '@/lib/problem-details';

export type HealthReport = ResponseOf<'/health/ready', 'get'>;
export type HealthCheck = HealthReport['checks'][number];

function isHealthReport(body: unknown): body is HealthReport {
  return typeof body === 'object' && body !== null && 'status' in body && Array.isArray((body as HealthReport).checks);
}

/** An unhealthy host answers 503 with the same report, which is still worth showing. */
export async function getHealth(): Promise<HealthReport> {
  const { data, error, response } = await api.GET('/health/ready');
  const body: unknown = data ?? error;
  if (isHealthReport(body)) return body;
  throw new ApiError(response.status, toProblem(response.status, body));
}

export function useHealth() {
  return useQuery({ queryKey: ['health', 'ready'], queryFn: getHealth, refetchInterval: 60_000 });
}
