import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useT } from '@/lib/i18n';
import { ROLES, roleLabel } from '@/lib/roles';
import { usersMessages } from '../locales';

export interface UsersFilterValues {
  search?: string;
  role?: string;
  status?: 'active' | 'disabled';
}

export function UsersFilters({ onSearch }: { onSearch: (values: UsersFilterValues) => void }) {
  const t = useT(usersMessages);
  const [form] = Form.useForm<UsersFilterValues>();
  const reset = () => {
    form.resetFields();
    onSearch({});
  };

  return (
    <Form form={form} layout="inline" name="users-filters" onFinish={onSearch} style={{ rowGap: 8 }}>
      <Form.Item name="search">
        <Input allowClear placeholder={t('users.filter.search')} style={{ width: 220 }} data-testid="users-search" />
      </Form.Item>
      <Form.Item name="role">
        <Select
          allowClear
          placeholder={t('users.filter.role')}
          style={{ width: 160 }}
          options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('users.filter.status')}
          style={{ width: 120 }}
          options={[
            { value: 'active', label: t('users.status.active') },
            { value: 'disabled', label: t('users.status.disabled') },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="users-search-submit">
            {t('action.search')}
          </Button>
          <Button onClick={reset}>{t('action.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
