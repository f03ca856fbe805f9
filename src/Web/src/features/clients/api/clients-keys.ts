import type { ClientsFilter } from './get-clients';

export const clientsKeys = {
  all: ['clients'] as const,
  list: (filter: ClientsFilter) => ['clients', 'list', filter] as const,
  scopes: ['clients', 'scopes'] as const,
};
