import { useMemo } from 'react';
import { hasAnyRole, useCurrentUser, type Access } from '@/lib/auth';

/** Reads the register (each within their data scope). Mirrors the API's `registry.read` policy. */
export const canReadRegistry: Access = hasAnyRole(
  'Admin',
  'DistrictOfficer',
  'StreetOfficer',
  'Inspector',
  'InstitutionOperator',
  'Auditor',
);

/** Creates and edits institutions, stations, filings and workers (`registry.write`). */
export const canWriteRegistry: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'InstitutionOperator');

/**
 * Registers new institutions: the district and street officers (their own street). An institution operator
 * maintains their own institution but does not register others.
 */
export const canRegisterInstitution: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');

/** Records identity verification (实名核验) of workers: officers, not institution operators (mirrors the API). */
export const canVerifyIdentity: Access = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector');

/** District-level review: recognise, reject, suspend, revoke, restore; approve filings; grant titles (`registry.review`). */
export const canReviewRegistry: Access = hasAnyRole('Admin', 'DistrictOfficer');

/** Sees a worker's full ID number and phone, every view audited (`registry.reveal`). */
export const canRevealPersonalData: Access = hasAnyRole('DistrictOfficer', 'StreetOfficer', 'Inspector');

export interface RegistryAbilities {
  canWrite: boolean;
  canRegisterInstitution: boolean;
  canVerifyIdentity: boolean;
  canReview: boolean;
  canReveal: boolean;
}

/** What the signed-in user may do in the register; buttons they may not use are not shown. */
export function useRegistryAbilities(): RegistryAbilities {
  const user = useCurrentUser();
  return useMemo(
    () => ({
      canWrite: canWriteRegistry(user),
      canRegisterInstitution: canRegisterInstitution(user),
      canVerifyIdentity: canVerifyIdentity(user),
      canReview: canReviewRegistry(user),
      canReveal: canRevealPersonalData(user),
    }),
    [user],
  );
}
