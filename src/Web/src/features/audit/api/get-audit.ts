import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';

type AuditQuery = QueryOf<'/api/v1/identity/audit', 'get'>;
export type AuditPage = ResponseOf<'/api/v1/identity/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditOutcome = NonNullable<AuditQuery['outcome']>;

export interface AuditFilter {
  page: number;
  pageSize: number;
  actor?: string;
  action?: string;
  outcome?: AuditOutcome;
  /** ISO 8601 instants. */
  from?: string;
  to?: string;
}

function toQuery(filter: AuditFilter): AuditQuery {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    actor: filter.actor,
    action: filter.action,
    outcome: filter.outcome,
    from: filter.from,
    to: filter.to,
  };
}

export function useAuditTrail(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: () => unwrap(api.GET('/api/v1/identity/audit', { params: { query: toQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}
