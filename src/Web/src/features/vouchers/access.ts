import { hasAnyRole, type Access } from '@/lib/auth';

/** Mirrors the API's voucher policies; buttons a user may not use are not shown. */
export const canReadVouchers: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor');

/** Declare, review, choose institutions, follow up and verify (`vouchers.review`, `vouchers.write`). */
export const canReviewVouchers: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');

/** Accept, schedule and record home services; submit settlement statements (`vouchers.services.write`). */
export const canServeVouchers: Access = hasAnyRole('Admin', 'DistrictOfficer', 'InstitutionOperator');

/** Create batches, void, approve and pay settlements (`vouchers.manage`). */
export const canManageVouchers: Access = hasAnyRole('Admin', 'DistrictOfficer');
