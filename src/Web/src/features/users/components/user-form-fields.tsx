import { Form, Input, Select } from 'antd';
import { useT } from '@/lib/i18n';
import { useStreets } from '@/lib/reference';
import { ROLES, roleLabel } from '@/lib/roles';
import { usersMessages, type UsersKey } from '../locales';

export interface UserFormValues {
  userName: string;
  displayName: string;
  password: string;
  roles: string[];
  streetCode?: string;
  institutionId?: string;
}

export const USER_FORM_FIELDS = ['userName', 'displayName', 'password', 'roles', 'streetCode', 'institutionId'] as const;

/** A street only matters for a street officer, an institution only for an institution operator. */
export function scopeOf({ roles, streetCode, institutionId }: Pick<UserFormValues, 'roles' | 'streetCode' | 'institutionId'>) {
  return {
    streetCode: roles.includes('StreetOfficer') ? (streetCode ?? null) : null,
    institutionId: roles.includes('InstitutionOperator') ? institutionId?.trim() || null : null,
  };
}

export function UserFormFields({ mode }: { mode: 'create' | 'edit' }) {
  const t = useT(usersMessages);
  const form = Form.useFormInstance<UserFormValues>();
  const roles = Form.useWatch('roles', form) ?? [];
  const isStreetOfficer = roles.includes('StreetOfficer');
  const streets = useStreets(isStreetOfficer);
  const required = (key: UsersKey) => [{ required: true, message: t('users.required', { field: t(key) }) }];

  return (
    <>
      <Form.Item name="userName" label={t('users.field.userName')} rules={required('users.field.userName')}>
        <Input autoComplete="off" disabled={mode === 'edit'} data-testid="user-form-userName" />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.field.displayName')} rules={required('users.field.displayName')}>
        <Input data-testid="user-form-displayName" />
      </Form.Item>
      {mode === 'create' && (
        <Form.Item name="password" label={t('users.field.password')} rules={required('users.field.password')}>
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
      )}
      <Form.Item name="roles" label={t('users.field.roles')} rules={required('users.field.roles')}>
        <Select
          mode="multiple"
          data-testid="user-form-roles"
          options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
        />
      </Form.Item>
      {isStreetOfficer && (
        <Form.Item name="streetCode" label={t('users.field.streetCode')} rules={required('users.field.streetCode')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={streets.isPending}
            data-testid="user-form-streetCode"
            options={streets.data?.map((street) => ({ value: street.code, label: street.name }))}
          />
        </Form.Item>
      )}
      {roles.includes('InstitutionOperator') && (
        <Form.Item name="institutionId" label={t('users.field.institutionId')} rules={required('users.field.institutionId')}>
          <Input data-testid="user-form-institutionId" />
        </Form.Item>
      )}
    </>
  );
}
