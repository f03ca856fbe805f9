import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import type { ResponseOf } from './api-schema';

export type Street = ResponseOf<'/api/v1/reference/streets', 'get'>[number];

/** The district's streets and towns (reference data, rarely changes). */
export function useStreets(enabled = true) {
  return useQuery({
    queryKey: ['reference', 'streets'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/streets')),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function streetName(streets: readonly Street[] | undefined, code: string): string {
  return streets?.find((street) => street.code === code)?.name ?? code;
}
