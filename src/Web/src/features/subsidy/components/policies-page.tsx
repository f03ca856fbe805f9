import { Button, Card, Space, DatePicker, Descriptions, Empty, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { formatDateTime } from '@/lib/format';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { canManageSubsidy } from '../access';
import { chinaYear, usePolicies, useSetPolicyParameters, type Policy } from '../api/subsidy';
import { subsidyMessages } from '../locales';

/** 补贴政策目录: the nine items with the parameters in force for the year, their history, and the district's editor. */
export function PoliciesPage() {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const [year, setYear] = useState(chinaYear());
  const [editing, setEditing] = useState<Policy | null>(null);
  const policies = usePolicies(year);
  return (
    <PageContainer
      title={t('subsidy.policies.title')}
      extra={
        <Space>
          {t('subsidy.year')}
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="policies-year" />
        </Space>
      }
    >
      {policies.isLoading && <PageLoading />}
      {policies.isError && <ProblemAlert error={policies.error} onRetry={() => policies.refetch()} />}
      {policies.data?.length === 0 && <Empty />}
      {policies.data?.map((p) => (
        <Card
          key={p.code}
          data-testid={`policy-${p.code}`}
          title={
            <Flex gap="small" align="center">
              {p.name}
              {!p.acceptsApplications && <Tag>{t('subsidy.wizard.notAccepting')}</Tag>}
            </Flex>
          }
          extra={
            canManageSubsidy(user) &&
            p.parameters.length > 0 && (
              <Button onClick={() => setEditing(p)} data-testid={`policy-edit-${p.code}`}>
                {t('subsidy.policies.edit')}
              </Button>
            )
          }
        >
          <Typography.Paragraph type="secondary">{p.basis}</Typography.Paragraph>
          {p.parameters.length === 0 ? (
            <Typography.Text type="secondary">{t('subsidy.policies.noParameters')}</Typography.Text>
          ) : (
            <>
              <Descriptions
                size="small"
                bordered
                column={1}
                title={`${t('subsidy.policies.current')} · ${p.current.version === 0 ? t('subsidy.policies.default') : `${t('subsidy.policies.version')} ${p.current.version}`}`}
              >
                {p.parameters.map((d) => (
                  <Descriptions.Item key={d.name} label={d.description}>
                    {String(p.current.values[d.name] ?? '')}
                  </Descriptions.Item>
                ))}
              </Descriptions>
              {p.history.length > 0 && (
                <Table
                  size="small"
                  style={{ marginTop: 12 }}
                  rowKey="version"
                  pagination={false}
                  dataSource={p.history}
                  title={() => t('subsidy.policies.history')}
                  columns={[
                    { title: t('subsidy.policies.version'), dataIndex: 'version' },
                    { title: t('subsidy.policies.effectiveFrom'), dataIndex: 'effectiveFrom' },
                    {
                      title: t('subsidy.breakdown.parameters', { version: '' }).replace(/[（(].*[)）]/, ''),
                      render: (_, v) => Object.entries(v.values).map(([k, value]) => `${k}=${value}`).join('；'),
                    },
                    { title: t('subsidy.policies.note'), dataIndex: 'note' },
                    { title: t('subsidy.policies.by'), render: (_, v) => `${v.createdBy ?? ''} ${formatDateTime(v.createdAt)}` },
                  ]}
                />
              )}
            </>
          )}
        </Card>
      ))}
      {editing && <ParametersModal policy={editing} year={year} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

interface ParameterValues {
  effectiveFrom: Dayjs;
  note?: string;
  values: Record<string, number>;
}

function ParametersModal({ policy, year, onClose }: { policy: Policy; year: number; onClose: () => void }) {
  const t = useT(subsidyMessages);
  const [form] = Form.useForm<ParameterValues>();
  const save = useSetPolicyParameters();
  const { problem, report, clear } = useFormProblem(form, ['effectiveFrom', 'note', 'values']);
  const today = dayjs();
  return (
    <Modal
      open
      title={`${t('subsidy.policies.edit')} · ${policy.name} · ${year}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'policy-save' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form<ParameterValues>
        form={form}
        layout="vertical"
        initialValues={{
          effectiveFrom: today.year() === year ? today : dayjs(`${year}-01-01`),
          values: Object.fromEntries(policy.parameters.map((d) => [d.name, policy.current.values[d.name]])),
        }}
        onFinish={async (v) => {
          clear();
          try {
            await save.mutateAsync({ code: policy.code, year, body: { effectiveFrom: toIsoDate(v.effectiveFrom)!, values: v.values, note: v.note?.trim() || undefined } });
            message.success(t('subsidy.policies.saved'));
            onClose();
          } catch (e) {
            report(e);
          }
        }}
      >
        <Form.Item name="effectiveFrom" label={t('subsidy.policies.effectiveFrom')} rules={[{ required: true, message: t('subsidy.field.required') }]}>
          <DatePicker />
        </Form.Item>
        {policy.parameters.map((d) => (
          <Form.Item key={d.name} name={['values', d.name]} label={d.description} rules={[{ required: true, message: t('subsidy.field.required') }]}>
            <InputNumber min={0} precision={d.isInteger ? 0 : undefined} style={{ width: 200 }} data-testid={`param-${d.name}`} />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('subsidy.policies.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
