import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useJobTypes } from '@/features/registry-reference/api/get-job-types';
import { useRegistryStreets } from '@/features/registry-reference/api/get-registry-streets';
import { catalogOptions } from '@/features/registry-reference/catalog';
import { useT } from '@/lib/i18n';
import type { CredentialStatus, EmploymentType, WorkersFilter } from '../api/get-workers';
import { workersMessages } from '../locales';
import { CREDENTIAL_STATUSES } from './credential';
import { EMPLOYMENT_TYPES } from './employment-type';
import { InstitutionSelect } from '@/features/registry-reference/components/institution-select';

export interface WorkersFilterValues {
  search?: string;
  streetCode?: string;
  institutionId?: string;
  employmentType?: EmploymentType;
  jobType?: string;
  credentialStatus?: CredentialStatus;
}

export type WorkersFilters = Omit<WorkersFilter, 'page' | 'pageSize' | 'sort'>;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const RESIDENT_ID = /^\d{17}[\dX]$/;
const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/**
 * The search box's text as the API expects it: trimmed; a full resident ID number or mobile phone number typed with
 * full-width characters (１２３…Ｘ, as Chinese input methods produce), spaces or dashes (139-1234-5678), or a lower-case x,
 * is sent in the standard form — the API matches both exactly.
 */
export function normaliseWorkerSearch(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const halfWidth = trimmed.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const candidate = halfWidth.replace(/\s+/g, '').toUpperCase();
  if (RESIDENT_ID.test(candidate)) return candidate;
  const phone = candidate.replace(/-/g, '');
  return MOBILE_PHONE.test(phone) ? phone : trimmed;
}

/** The filter form's values as the list's query: blanks dropped, the search normalised. */
export function toWorkersFilters(values: WorkersFilterValues): WorkersFilters {
  return {
    search: normaliseWorkerSearch(values.search),
    streetCode: values.streetCode || undefined,
    institutionId: values.institutionId || undefined,
    employmentType: values.employmentType,
    jobType: values.jobType || undefined,
    credentialStatus: values.credentialStatus,
  };
}

interface WorkersFiltersFormProps {
  onSearch: (filters: WorkersFilters) => void;
  /** Inside an institution's page the street and institution are given and not offered as filters. */
  withinInstitution?: boolean;
}

export function WorkersFiltersForm({ onSearch, withinInstitution = false }: WorkersFiltersFormProps) {
  const t = useT(workersMessages);
  const [form] = Form.useForm<WorkersFilterValues>();
  const streets = useRegistryStreets();
  const jobTypes = useJobTypes();
  const reset = () => {
    form.resetFields();
    onSearch(toWorkersFilters({}));
  };

  return (
    <Form
      form={form}
      layout="inline"
      name={withinInstitution ? 'institution-workers-filters' : 'workers-filters'}
      onFinish={(values) => onSearch(toWorkersFilters(values))}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="search">
        <Input allowClear placeholder={t('workers.filter.search')} style={{ width: 240 }} data-testid="workers-search" />
      </Form.Item>
      {!withinInstitution && (
        <>
          <Form.Item name="streetCode">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('workers.field.street')}
              style={{ width: 150 }}
              options={streets.data?.map((street) => ({ value: street.code, label: street.name }))}
            />
          </Form.Item>
          <Form.Item name="institutionId">
            <InstitutionSelect allowClear placeholder={t('workers.field.institution')} style={{ width: 220 }} />
          </Form.Item>
        </>
      )}
      <Form.Item name="employmentType">
        <Select
          allowClear
          placeholder={t('workers.field.employmentType')}
          style={{ width: 130 }}
          options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`workers.employmentType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="jobType">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('workers.field.jobType')}
          style={{ width: 160 }}
          options={catalogOptions(jobTypes.data)}
        />
      </Form.Item>
      <Form.Item name="credentialStatus">
        <Select
          allowClear
          placeholder={t('workers.field.credentialStatus')}
          style={{ width: 120 }}
          options={CREDENTIAL_STATUSES.map((status) => ({ value: status, label: t(`workers.credential.${status}`) }))}
          data-testid="workers-filter-credential"
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="workers-search-submit">
            {t('action.search')}
          </Button>
          <Button onClick={reset}>{t('action.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
