/** The employee-based enterprise criteria (员工制家政企业认定条件) a filing declares, in the plan's order. */
export const FILING_CRITERIA = [
  'allWorkersContracted',
  'socialInsurancePaid',
  'unifiedDispatch',
  'minimumWagePaidThroughBank',
  'ongoingTraining',
  'writtenManagementRules',
] as const;

export type FilingCriterion = (typeof FILING_CRITERIA)[number];

export function toFilingCriteria(checked: readonly string[] = []): Record<FilingCriterion, boolean> {
  return Object.fromEntries(FILING_CRITERIA.map((item) => [item, checked.includes(item)])) as Record<FilingCriterion, boolean>;
}
