import { hasAnyRole, type Access, type CurrentUser } from '@/lib/auth';

/** Mirrors the API's subsidy policies; buttons a user may not use are not shown. */
export const canReadSubsidy: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor');

/** Submit applications and preview calculations (`subsidy.write`). */
export const canApplySubsidy: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'InstitutionOperator');

/** Street review: approve, return, reject (`subsidy.review.street`). */
export const canReviewSubsidy: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');

/** District review, payment, recovery, the fund and the parameters (`subsidy.manage`). */
export const canManageSubsidy: Access = hasAnyRole('Admin', 'DistrictOfficer');

/** The fund's figures and ledger (`subsidy.fund.read`). */
export const canReadSubsidyFund: Access = hasAnyRole('Admin', 'DistrictOfficer', 'Auditor', 'Inspector');

const isOfficer: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');

/** Applies for this institution: officers who may apply, an institution operator only for their own institution. */
export function canApplyFor(institutionId: string, user: CurrentUser): boolean {
  if (!canApplySubsidy(user)) return false;
  if (isOfficer(user)) return true;
  return user.institutionId === institutionId || (user.institutionIds ?? []).includes(institutionId);
}
