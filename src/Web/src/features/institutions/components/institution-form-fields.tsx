import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useBusinessFormats } from '@/features/registry-reference/api/get-business-formats';
import { useRegistryStreets } from '@/features/registry-reference/api/get-registry-streets';
import { catalogOptions } from '@/features/registry-reference/catalog';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import type { CreateInstitutionInput } from '../api/create-institution';
import type { UpdateInstitutionInput } from '../api/update-institution';
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

/** The update body: trimmed text, the join date only for a member. */
export function toUpdateInstitutionBody(values: InstitutionFormValues): UpdateInstitutionInput {
  const member = Boolean(values.isAllianceMember);
  return {
    name: values.name.trim(),
    streetCode: values.streetCode,
    address: values.address.trim(),
    legalRepresentative: values.legalRepresentative.trim(),
    contactPhone: values.contactPhone.trim(),
    businessFormats: values.businessFormats,
    isAllianceMember: member,
    allianceJoinedOn: member ? toIsoDate(values.allianceJoinedOn) : null,
  };
}

/** The create body: the update's fields and the credit code, trimmed and upper-cased. */
export function toCreateInstitutionBody(values: InstitutionFormValues): CreateInstitutionInput {
  return { ...toUpdateInstitutionBody(values), creditCode: values.creditCode.trim().toUpperCase() };
}

/**
 * A street officer registers institutions of their own street only; an institution operator cannot move
 * their institution to another street. Both see the street but cannot change it.
 */
export function useDefaultStreet(): { streetCode?: string; locked: boolean } {
  const user = useCurrentUser();
  const streetOfficer = user.roles.includes('StreetOfficer') && Boolean(user.streetCode);
  const operatorOnly = user.roles.length > 0 && user.roles.every((role) => role === 'InstitutionOperator');
  return { streetCode: streetOfficer ? (user.streetCode ?? undefined) : undefined, locked: streetOfficer || operatorOnly };
}

/** The institution form; the credit code is fixed once registered (read-only when editing). */
export function InstitutionFormFields({ mode }: { mode: 'create' | 'edit' }) {
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
        extra={mode === 'create' ? t('institutions.hint.creditCode') : t('institutions.hint.creditCodeFixed')}
        rules={required('institutions.field.creditCode')}
      >
        <Input
          maxLength={30}
          autoComplete="off"
          disabled={mode === 'edit'}
          style={{ textTransform: 'uppercase' }}
          data-testid="institution-form-creditCode"
        />
      </Form.Item>
      <Form.Item
        name="streetCode"
        label={t('institutions.field.streetCode')}
        rules={[{ required: true, message: t('form.requiredChoice', { field: t('institutions.field.streetCode') }) }]}
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
        rules={[{ required: true, message: t('form.requiredChoice', { field: t('institutions.field.businessFormats') }) }]}
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
