export const vouchersKeys = {
  all: ['vouchers'] as const,
  batches: (page: number, pageSize: number) => ['vouchers', 'batches', page, pageSize] as const,
  batch: (id: string) => ['vouchers', 'batch', id] as const,
  applications: (query: object) => ['vouchers', 'applications', query] as const,
  list: (query: object) => ['vouchers', 'list', query] as const,
  voucher: (id: string) => ['vouchers', 'voucher', id] as const,
  groups: ['vouchers', 'groups'] as const,
  formats: ['vouchers', 'business-formats'] as const,
  institutions: (format: string) => ['vouchers', 'institutions', format] as const,
  settlements: (query: object) => ['vouchers', 'settlements', query] as const,
};
