import type { TFunction } from './i18n';

export const ROLES = ['Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The Chinese (or English) label of a role; an unknown role name is shown as it is. */
export function roleLabel(t: TFunction, role: string): string {
  return isRole(role) ? t(`role.${role}`) : role;
}
