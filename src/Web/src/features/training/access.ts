import { hasAnyRole, type Access } from '@/lib/auth';

/** Reads training (each within their data scope). Mirrors the API's `training.read` policy. */
export const canReadTraining: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor');

/** Training-needs surveys: read by everyone with a district or street scope (institutions see none). */
export const canReadSurveys: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'Auditor');
