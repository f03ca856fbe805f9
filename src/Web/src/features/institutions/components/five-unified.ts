/** The 五统一 standards a station or market is checked against, in the plan's order. */
export const FIVE_UNIFIED = [
  'unifiedSignage',
  'unifiedDispatch',
  'unifiedTraining',
  'unifiedPricing',
  'unifiedServiceStandards',
] as const;

export type FiveUnifiedItem = (typeof FIVE_UNIFIED)[number];

/** The checked items as booleans for the API, from a checkbox group's values. */
export function toFiveUnified(checked: readonly string[] = []): Record<FiveUnifiedItem, boolean> {
  return Object.fromEntries(FIVE_UNIFIED.map((item) => [item, checked.includes(item)])) as Record<FiveUnifiedItem, boolean>;
}

/** The items a record meets. */
export function metItems(record: Record<FiveUnifiedItem, boolean>): FiveUnifiedItem[] {
  return FIVE_UNIFIED.filter((item) => record[item]);
}
