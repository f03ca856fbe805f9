import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useBusinessFormats } from '@/features/registry-reference/api/get-business-formats';
import { useRegistryStreets } from '@/features/registry-reference/api/get-registry-streets';
import { useTitleDefinitions } from '@/features/registry-reference/api/get-title-definitions';
import { catalogOptions } from '@/features/registry-reference/catalog';
import { useT } from '@/lib/i18n';
import type { InstitutionsFilter, InstitutionStatus } from '../api/get-institutions';
import { institutionsMessages } from '../locales';
import { INSTITUTION_STATUSES } from './institution-status';

type YesNo = 'yes' | 'no';

export interface InstitutionsFilterValues {
  search?: string;
  streetCode?: string;
  businessFormat?: string;
  status?: InstitutionStatus;
  isEmployeeBased?: YesNo;
  isAllianceMember?: YesNo;
  title?: string;
}

export type InstitutionsFilters = Omit<InstitutionsFilter, 'page' | 'pageSize' | 'sort'>;

const yesNo = (value: YesNo | undefined) => (value ? value === 'yes' : undefined);

/** The filter form's values as the list's query: blanks dropped, yes/no as booleans. */
export function toInstitutionsFilters(values: InstitutionsFilterValues): InstitutionsFilters {
  return {
    search: values.search?.trim() || undefined,
    streetCode: values.streetCode || undefined,
    businessFormat: values.businessFormat || undefined,
    status: values.status,
    isEmployeeBased: yesNo(values.isEmployeeBased),
    isAllianceMember: yesNo(values.isAllianceMember),
    title: values.title || undefined,
  };
}

const FILTER_KEYS = ['search', 'streetCode', 'businessFormat', 'status', 'isEmployeeBased', 'isAllianceMember', 'title'] as const;

/**
 * The filter values a URL carries (`/registry/institutions?streetCode=150203001&status=Recognised`), so a figure elsewhere
 * (a dashboard bar, a to-do) can link to the filtered list. Unknown values are dropped.
 */
export function filterValuesFromUrl(params: URLSearchParams): InstitutionsFilterValues {
  const values: InstitutionsFilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'status') {
      if ((INSTITUTION_STATUSES as readonly string[]).includes(value)) values.status = value as InstitutionStatus;
    } else if (key === 'isEmployeeBased' || key === 'isAllianceMember') {
      if (value === 'yes' || value === 'no') values[key] = value;
    } else {
      values[key] = value;
    }
  }
  return values;
}

/** The form's values as URL parameters (blanks dropped): the inverse of {@link filterValuesFromUrl}. */
export function filterValuesToUrl(values: InstitutionsFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key]?.toString().trim();
    if (value) params.set(key, value);
  }
  return params;
}

interface InstitutionsFiltersFormProps {
  onSearch: (filters: InstitutionsFilters, values: InstitutionsFilterValues) => void;
  initialValues?: InstitutionsFilterValues;
}

export function InstitutionsFiltersForm({ onSearch, initialValues }: InstitutionsFiltersFormProps) {
  const t = useT(institutionsMessages);
  const [form] = Form.useForm<InstitutionsFilterValues>();
  const streets = useRegistryStreets();
  const formats = useBusinessFormats();
  const titles = useTitleDefinitions();
  const yesNoOptions = [
    { value: 'yes', label: t('state.yes') },
    { value: 'no', label: t('state.no') },
  ];
  const reset = () => {
    form.setFieldsValue(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
    onSearch(toInstitutionsFilters({}), {});
  };

  return (
    <Form
      form={form}
      layout="inline"
      name="institutions-filters"
      initialValues={initialValues}
      onFinish={(values) => onSearch(toInstitutionsFilters(values), values)}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="search">
        <Input allowClear placeholder={t('institutions.filter.search')} style={{ width: 240 }} data-testid="institutions-search" />
      </Form.Item>
      <Form.Item name="streetCode">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('institutions.field.streetCode')}
          style={{ width: 150 }}
          options={streets.data?.map((street) => ({ value: street.code, label: street.name }))}
          data-testid="institutions-filter-street"
        />
      </Form.Item>
      <Form.Item name="businessFormat">
        <Select
          allowClear
          placeholder={t('institutions.filter.businessFormat')}
          style={{ width: 140 }}
          options={catalogOptions(formats.data)}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('institutions.field.status')}
          style={{ width: 120 }}
          options={INSTITUTION_STATUSES.map((status) => ({ value: status, label: t(`institutions.status.${status}`) }))}
          data-testid="institutions-filter-status"
        />
      </Form.Item>
      <Form.Item name="isEmployeeBased">
        <Select allowClear placeholder={t('institutions.field.isEmployeeBased')} style={{ width: 130 }} options={yesNoOptions} />
      </Form.Item>
      <Form.Item name="isAllianceMember">
        <Select allowClear placeholder={t('institutions.field.isAllianceMember')} style={{ width: 130 }} options={yesNoOptions} />
      </Form.Item>
      <Form.Item name="title">
        <Select
          allowClear
          placeholder={t('institutions.filter.title')}
          style={{ width: 180 }}
          options={titles.data?.map((title) => ({ value: title.code, label: title.name }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="institutions-search-submit">
            {t('action.search')}
          </Button>
          <Button onClick={reset}>{t('action.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
