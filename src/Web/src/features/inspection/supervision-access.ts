import { hasAnyRole, type Access } from '@/lib/auth';

/** Registers and handles complaints and field visits. Mirrors the API's `inspection.supervise` policy. */
export const canSupervise: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');
