import type { EmploymentType } from '../api/get-workers';

/** 员工制, 挂靠, 灵活就业. */
export const EMPLOYMENT_TYPES: EmploymentType[] = ['EmployeeBased', 'Affiliated', 'Flexible'];

export const isEmploymentType = (value: string): value is EmploymentType => (EMPLOYMENT_TYPES as string[]).includes(value);
