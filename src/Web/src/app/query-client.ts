import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from '@/lib/problem-details';

const MAX_RETRIES = 2;

/** Client errors (4xx) are answers, not glitches: only network failures and 5xx are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, ...overrides.queries },
      mutations: { retry: false, ...overrides.mutations },
    },
  });
}
