import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import { workersMessages } from '../locales';
import { isEmploymentType } from './employment-type';

const EMPLOYMENT_COLORS = { EmployeeBased: 'green', Affiliated: 'blue', Flexible: 'default' } as const;

/** 员工制 / 挂靠 / 灵活就业 as a tag; an unknown type as it is. */
export function EmploymentTypeLabel({ type }: { type: string }) {
  const t = useT(workersMessages);
  if (!isEmploymentType(type)) return <Tag>{type}</Tag>;
  return <Tag color={EMPLOYMENT_COLORS[type]}>{t(`workers.employmentType.${type}`)}</Tag>;
}

/** 男 / 女. */
export function GenderLabel({ gender }: { gender: string }) {
  const t = useT(workersMessages);
  return <>{gender === 'Male' || gender === 'Female' ? t(`workers.gender.${gender}`) : gender}</>;
}
