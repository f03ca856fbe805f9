import { hasAnyRole, type Access } from '@/lib/auth';

/** Reads supervision records (each within their scope). Mirrors the API's `inspection.read` policy. */
export const canReadInspection: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor');

/** Runs campaigns and decides revocation proposals. Mirrors `inspection.manage` / `registry.review`. */
export const canManageInspection: Access = hasAnyRole('Admin', 'DistrictOfficer');

/** Records outcomes. Mirrors `inspection.inspect`. */
export const canInspect: Access = hasAnyRole('Admin', 'DistrictOfficer', 'Inspector');

/** Reads draw plans and their results (the bureau's roles; institutions see the public results). */
export const canReadSpotChecks: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'Auditor');
