import type { RegistryAbilities } from '@/features/registry-reference/access';
import type { InstitutionAction } from '../api/change-institution-status';
import type { InstitutionStatus } from '../api/get-institutions';

interface ActionRule {
  action: InstitutionAction;
  from: readonly InstitutionStatus[];
  /** Reviewers (Admin, DistrictOfficer) only; otherwise anyone who may write. */
  review: boolean;
  reasonRequired: boolean;
  danger: boolean;
}

/** The recognition workflow as the API enforces it (申请认定 → 认定 / 驳回; 暂停 / 撤销 / 恢复). */
const RULES: readonly ActionRule[] = [
  { action: 'apply-recognition', from: ['Registered', 'Rejected'], review: false, reasonRequired: false, danger: false },
  { action: 'recognise', from: ['PendingRecognition'], review: true, reasonRequired: false, danger: false },
  { action: 'reject', from: ['PendingRecognition'], review: true, reasonRequired: true, danger: true },
  { action: 'suspend', from: ['Recognised'], review: true, reasonRequired: true, danger: true },
  { action: 'revoke', from: ['Recognised', 'Suspended'], review: true, reasonRequired: true, danger: true },
  { action: 'restore', from: ['Suspended', 'Revoked'], review: true, reasonRequired: true, danger: false },
];

export type AvailableAction = Pick<ActionRule, 'action' | 'reasonRequired' | 'danger'>;

/**
 * The workflow actions this user can take on an institution in `status`: applying for recognition for
 * those who may write, the review steps for reviewers; none for read-only roles (Inspector, Auditor).
 */
export function availableActions(status: string, abilities: Pick<RegistryAbilities, 'canWrite' | 'canReview'>): AvailableAction[] {
  return RULES.filter(
    (rule) => (rule.from as readonly string[]).includes(status) && (rule.review ? abilities.canReview : abilities.canWrite),
  ).map(({ action, reasonRequired, danger }) => ({ action, reasonRequired, danger }));
}
