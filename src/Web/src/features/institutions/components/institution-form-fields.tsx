import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useBusinessFormats } from '@/features/registry-reference/api/get-business-formats';
import { useRegistryStreets } from '@/features/registry-reference/api/get-registry-streets';
import { catalogOptions } from '@/features/registry-reference/catalog';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import type { CreateInstitutionInput } from '../api/create-institution';
import { institutionsMessages, type InstitutionsKey } from '../locales';

export interface InstitutionFormValues {
  name: string;
  creditCode: string;
  streetCode: string;
  address: string;
  legalRepresentative: string;
  contactPhone: string;
  businessFormats: string[];
  isAllianceMember?: boolean;
  allianceJoinedOn?: Dayjs | null;
}

/** The fields the form shows; ProblemDetails errors for these keys appear under the field. */
export const INSTITUTION_FORM_FIELDS = [
  'name',
  'creditCode',
  'streetCode',
  'address',
  'legalRepresentative',
  'contactPhone',
  'businessFormats',
  'isAllianceMember',
  'allianceJoinedOn',
] as const;

/** The request body: trimmed text, the credit code in upper case, the join date only for a member. */
export function toInstitutionBody(values: InstitutionFormValues): CreateInstitutionInput {
  const member = Boolean(values.isAllianceMember);
  return {
    name: values.name.trim(),
    creditCode: values.creditCode.trim().toUpperCase(),
    streetCode: values.streetCode,
    address: values.address.trim(),
    legalRepresentative: values.legalRepresentative.trim(),
    contactPhone: values.contactPhone.trim(),
    businessFormats: values.businessFormats,
    isAllianceMember: member,
    allianceJoinedOn: member ? toIsoDate(values.allianceJoinedOn) : null,
  };
}

/** A street officer registers institutions of their own street only. */
export function useDefaultStreet(): { streetCode?: string; locked: boolean } {
  const user = useCurrentUser();
  const locked = user.roles.includes('StreetOfficer') && Boolean(user.streetCode);
  return { streetCode: user.streetCode ?? undefined, locked };
}

export function InstitutionFormFields() {
  const t = useT(institutionsMessages);
  const form = Form.useFormInstance<InstitutionFormValues>();
  const isMember = Form.useWatch('isAllianceMember', form);
  const streets = useRegistryStreets();
  const formats = useBusinessFormats();
  const { locked } = useDefaultStreet();
  const required = (key: InstitutionsKey) => [{ required: true, whitespace: true, message: t('form.required', { field: t(key) }) }];

  return (
    <>
      <Form.Item name="name" label={t('institutions.field.name')} rules={required('institutions.field.name')}>
        <Input maxLength={200} data-testid="institution-form-name" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('institutions.field.creditCode')}
        extra={t('institutions.hint.creditCode')}
        rules={required('institutions.field.creditCode')}
      >
        <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} data-testid="institution-form-creditCode" />
      </Form.Item>
      <Form.Item
        name="streetCode"
        label={t('institutions.field.streetCode')}
        rules={[{ required: true, message: t('form.required', { field: t('institutions.field.streetCode') }) }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={locked}
          loading={streets.isPending}
          options={streets.data?.map((street) => ({ value: street.code, label: street.name }))}
          data-testid="institution-form-streetCode"
        />
      </Form.Item>
      <Form.Item name="address" label={t('institutions.field.address')} rules={required('institutions.field.address')}>
        <Input maxLength={300} data-testid="institution-form-address" />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={t('institutions.field.legalRepresentative')}
        rules={required('institutions.field.legalRepresentative')}
      >
        <Input maxLength={50} data-testid="institution-form-legalRepresentative" />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('institutions.field.contactPhone')} rules={required('institutions.field.contactPhone')}>
        <Input maxLength={30} data-testid="institution-form-contactPhone" />
      </Form.Item>
      <Form.Item
        name="businessFormats"
        label={t('institutions.field.businessFormats')}
        rules={[{ required: true, message: t('form.required', { field: t('institutions.field.businessFormats') }) }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={formats.isPending}
          options={catalogOptions(formats.data)}
          data-testid="institution-form-businessFormats"
        />
      </Form.Item>
      <Form.Item name="isAllianceMember" valuePropName="checked">
        <Checkbox data-testid="institution-form-isAllianceMember">{t('institutions.field.isAllianceMember')}</Checkbox>
      </Form.Item>
      {isMember && (
        <Form.Item name="allianceJoinedOn" label={t('institutions.field.allianceJoinedOn')}>
          <DatePicker data-testid="institution-form-allianceJoinedOn" />
        </Form.Item>
      )}
    </>
  );
}
