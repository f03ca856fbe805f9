import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { useJobTypes } from '@/features/registry-reference/api/get-job-types';
import { catalogOptions } from '@/features/registry-reference/catalog';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import type { CreateWorkerInput } from '../api/create-worker';
import type { Certificate, WorkerDetail } from '../api/get-worker';
import type { EmploymentType } from '../api/get-workers';
import type { UpdateWorkerInput } from '../api/update-worker';
import { workersMessages, type WorkersKey } from '../locales';
import { EMPLOYMENT_TYPES } from './employment-type';
import { InstitutionSelect, type InstitutionOption } from '@/features/registry-reference/components/institution-select';

interface CertificateValues {
  name: string;
  number?: string;
  level?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
}

export interface WorkerFormValues {
  name: string;
  idNumber: string;
  phone: string;
  institutionId: string;
  employmentType: EmploymentType;
  jobTypes: string[];
  healthCheckDate?: Dayjs | null;
  accidentInsuranceValidUntil?: Dayjs | null;
  identityVerified?: boolean;
  certificates?: CertificateValues[];
}

/** The fields the form shows; ProblemDetails errors for these keys (`certificates[0].name` too) appear under the field. */
export const WORKER_FORM_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'institutionId',
  'employmentType',
  'jobTypes',
  'healthCheckDate',
  'accidentInsuranceValidUntil',
  'identityVerified',
  'certificates',
] as const;

const trimmedOrNull = (value: string | undefined) => value?.trim() || null;

function toCertificates(values: CertificateValues[] | undefined) {
  return (values ?? [])
    .filter((certificate) => certificate?.name?.trim())
    .map((certificate) => ({
      name: certificate.name.trim(),
      number: trimmedOrNull(certificate.number),
      level: trimmedOrNull(certificate.level),
      issuedOn: toIsoDate(certificate.issuedOn),
      expiresOn: toIsoDate(certificate.expiresOn),
    }));
}

/** The create request: the ID number trimmed and upper-cased (a trailing x is X), blanks as null. */
export function toCreateWorkerBody(values: WorkerFormValues): CreateWorkerInput {
  return {
    name: values.name.trim(),
    idNumber: values.idNumber.replace(/\s+/g, '').toUpperCase(),
    phone: values.phone.trim(),
    institutionId: values.institutionId,
    employmentType: values.employmentType,
    jobTypes: values.jobTypes,
    healthCheckDate: toIsoDate(values.healthCheckDate),
    accidentInsuranceValidUntil: toIsoDate(values.accidentInsuranceValidUntil),
    identityVerified: Boolean(values.identityVerified),
    certificates: toCertificates(values.certificates),
  };
}

/** The update request: the person's particulars (the ID number and employer change by other means). */
export function toUpdateWorkerBody(values: WorkerFormValues): UpdateWorkerInput {
  return {
    name: values.name.trim(),
    phone: values.phone.trim(),
    employmentType: values.employmentType,
    jobTypes: values.jobTypes,
    healthCheckDate: toIsoDate(values.healthCheckDate),
    accidentInsuranceValidUntil: toIsoDate(values.accidentInsuranceValidUntil),
    identityVerified: Boolean(values.identityVerified),
    certificates: toCertificates(values.certificates),
  };
}

/**
 * The form's values for an existing worker. The ID number is not edited and the phone is only known masked:
 * it is blank (to be entered again) unless the full number was revealed on the page.
 */
export function workerFormValues(worker: WorkerDetail, revealedPhone?: string | null): Partial<WorkerFormValues> {
  return {
    name: worker.name,
    phone: revealedPhone ?? undefined,
    employmentType: worker.employmentType,
    jobTypes: worker.jobTypes,
    healthCheckDate: fromIsoDate(worker.healthCheckDate),
    accidentInsuranceValidUntil: fromIsoDate(worker.accidentInsuranceValidUntil),
    identityVerified: worker.identityVerified,
    certificates: worker.certificates.map((certificate: Certificate) => ({
      name: certificate.name,
      number: certificate.number ?? undefined,
      level: certificate.level ?? undefined,
      issuedOn: fromIsoDate(certificate.issuedOn),
      expiresOn: fromIsoDate(certificate.expiresOn),
    })),
  };
}

interface WorkerFormFieldsProps {
  mode: 'create' | 'edit';
  /** The employer offered before any search (and fixed when the form is opened from an institution). */
  institution?: InstitutionOption;
  institutionLocked?: boolean;
}

export function WorkerFormFields({ mode, institution, institutionLocked = false }: WorkerFormFieldsProps) {
  const t = useT(workersMessages);
  const jobTypes = useJobTypes();
  const { canVerifyIdentity } = useRegistryAbilities();
  const required = (key: WorkersKey) => [{ required: true, whitespace: true, message: t('form.required', { field: t(key) }) }];
  const requiredChoice = (key: WorkersKey) => [{ required: true, message: t('form.requiredChoice', { field: t(key) }) }];

  return (
    <>
      <Form.Item name="name" label={t('workers.field.name')} rules={required('workers.field.name')}>
        <Input maxLength={50} data-testid="worker-form-name" />
      </Form.Item>
      {mode === 'create' && (
        <Form.Item
          name="idNumber"
          label={t('workers.field.idNumber')}
          extra={t('workers.hint.idNumber')}
          rules={required('workers.field.idNumber')}
        >
          <Input maxLength={30} autoComplete="off" data-testid="worker-form-idNumber" />
        </Form.Item>
      )}
      <Form.Item
        name="phone"
        label={t('workers.field.phone')}
        extra={mode === 'edit' ? t('workers.hint.phoneEdit') : undefined}
        rules={required('workers.field.phone')}
      >
        <Input maxLength={20} autoComplete="off" data-testid="worker-form-phone" />
      </Form.Item>
      {mode === 'create' && (
        <Form.Item name="institutionId" label={t('workers.field.institution')} rules={requiredChoice('workers.field.institution')}>
          <InstitutionSelect initialOption={institution} disabled={institutionLocked} data-testid="worker-form-institutionId" />
        </Form.Item>
      )}
      <Form.Item name="employmentType" label={t('workers.field.employmentType')} rules={requiredChoice('workers.field.employmentType')}>
        <Radio.Group
          options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`workers.employmentType.${type}`) }))}
          data-testid="worker-form-employmentType"
        />
      </Form.Item>
      <Form.Item name="jobTypes" label={t('workers.field.jobTypes')} rules={requiredChoice('workers.field.jobTypes')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={jobTypes.isPending}
          options={catalogOptions(jobTypes.data)}
          data-testid="worker-form-jobTypes"
        />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="healthCheckDate" label={t('workers.field.healthCheckDate')}>
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} data-testid="worker-form-healthCheckDate" />
        </Form.Item>
        <Form.Item name="accidentInsuranceValidUntil" label={t('workers.field.accidentInsuranceValidUntil')}>
          <DatePicker data-testid="worker-form-accidentInsuranceValidUntil" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="identityVerified"
        valuePropName="checked"
        extra={canVerifyIdentity ? t('workers.hint.identityVerified') : t('workers.hint.identityVerifiedOfficers')}
      >
        <Checkbox disabled={!canVerifyIdentity} data-testid="worker-form-identityVerified">{t('workers.field.identityVerified')}</Checkbox>
      </Form.Item>
      <Form.Item label={t('workers.field.certificates')}>
        <Form.List name="certificates">
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" wrap data-testid="worker-form-certificate">
                  <Form.Item
                    name={[name, 'name']}
                    noStyle
                    rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('workers.certificate.name') }) }]}
                  >
                    <Input placeholder={t('workers.certificate.name')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'number']} noStyle>
                    <Input placeholder={t('workers.certificate.number')} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'level']} noStyle>
                    <Input placeholder={t('workers.certificate.level')} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'issuedOn']} noStyle>
                    <DatePicker placeholder={t('workers.certificate.issuedOn')} />
                  </Form.Item>
                  <Form.Item name={[name, 'expiresOn']} noStyle>
                    <DatePicker placeholder={t('workers.certificate.expiresOn')} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('workers.certificate.remove')} onClick={() => remove(name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ width: 'fit-content' }}>
                {t('workers.certificate.add')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
