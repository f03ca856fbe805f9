import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography, type FormInstance, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { problemOf } from '@/lib/problem-details';
import { canManageInspection } from '../access';
import { useCreateTemplate, useTemplateList, type ChecklistTemplate, type CreateTemplateInput } from '../api/templates';
import { spotCheckMessages } from '../locales/spot-checks';

const OBJECT_TYPES = ['Institution', 'ServicePoint'] as const;
const OBJECT_LABELS = { Institution: '家庭服务机构 Institutions', ServicePoint: '社区家庭服务站 Service points' } as const;

/** `/inspection/templates`: versioned checklist templates (检查表) and the editor that saves a new version. */
export function TemplatesPage() {
  const t = useT(spotCheckMessages);
  const user = useCurrentUser();
  const templates = useTemplateList();
  const [editing, setEditing] = useState<ChecklistTemplate | 'new' | null>(null);
  const canEdit = canManageInspection(user);

  const columns: TableProps<ChecklistTemplate>['columns'] = [
    { title: t('templates.field.code'), dataIndex: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('templates.field.name'), dataIndex: 'name' },
    { title: t('templates.field.objectType'), dataIndex: 'objectType', render: (o: ChecklistTemplate['objectType']) => OBJECT_LABELS[o] },
    { title: t('templates.field.version'), dataIndex: 'versionNumber', render: (v: number) => `v${v}` },
    { title: t('templates.field.items'), key: 'items', render: (_, tpl) => tpl.items.length },
    { title: t('templates.field.totalWeight'), dataIndex: 'totalWeight' },
    ...(canEdit
      ? [
          {
            key: 'actions',
            render: (_: unknown, tpl: ChecklistTemplate) => (
              <Button size="small" onClick={() => setEditing(tpl)} data-testid={`template-new-version-${tpl.code}`}>
                {t('templates.newVersion')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('templates.title')}
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="template-create">
            {t('templates.new')}
          </Button>
        )
      }
    >
      {templates.isError ? (
        <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <Table<ChecklistTemplate>
          rowKey="id"
          data-testid="templates-table"
          columns={columns}
          dataSource={templates.data}
          loading={templates.isPending}
          locale={{ emptyText: t('templates.empty') }}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (tpl) => (
              <ol style={{ margin: 0 }}>
                {tpl.items.map((i) => (
                  <li key={i.id}>
                    {i.title}（{i.weight}）— <Typography.Text type="secondary">{i.evidence}</Typography.Text>
                  </li>
                ))}
              </ol>
            ),
          }}
        />
      )}
      {editing && <TemplateEditor base={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

type EditorValues = CreateTemplateInput;

/** Puts `items[2].weight`-style errors on the Form.List fields; returns the rest. */
export function applyTemplateErrors(form: FormInstance, error: unknown): string[] {
  const other: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [key, messages] of Object.entries(problemOf(error)?.errors ?? {})) {
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    const item = /^items\[(\d+)\]\.(title|weight|evidence)$/i.exec(key);
    const top = /^(code|name|objectType|items)$/i.exec(key);
    if (item) fields.push({ name: ['items', Number(item[1]), item[2]!.toLowerCase()], errors: list });
    else if (top) fields.push({ name: [top[1]!.charAt(0).toLowerCase() + top[1]!.slice(1)], errors: list });
    else other.push(...list);
  }
  form.setFields(fields);
  return other;
}

function TemplateEditor({ base, onClose }: { base?: ChecklistTemplate; onClose: () => void }) {
  const t = useT(spotCheckMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const create = useCreateTemplate();
  const [problem, setProblem] = useState<{ error: unknown; messages: string[] } | null>(null);
  const items = Form.useWatch('items', form) ?? [];
  const total = items.reduce((sum, i) => sum + (Number(i?.weight) || 0), 0);

  const submit = (values: EditorValues) => {
    setProblem(null);
    create.mutate(
      { ...values, items: values.items.map((i) => ({ title: i.title?.trim(), weight: i.weight, evidence: i.evidence?.trim() })) },
      {
        onSuccess: () => {
          message.success(t('templates.saved'));
          onClose();
        },
        onError: (error) => {
          const other = applyTemplateErrors(form as FormInstance, error);
          if (other.length > 0 || !problemOf(error)?.errors) setProblem({ error, messages: other });
        },
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title={t('templates.editor.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'template-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form<EditorValues>
        form={form}
        layout="vertical"
        name="template-editor"
        onFinish={submit}
        initialValues={
          base
            ? { code: base.code, name: base.name, objectType: base.objectType, items: base.items.map(({ title, weight, evidence }) => ({ title, weight, evidence })) }
            : { objectType: 'Institution', items: [{ title: '', weight: 10, evidence: '' }] }
        }
      >
        <Space wrap align="start">
          <Form.Item name="code" label={t('templates.field.code')} rules={[{ required: true }]}>
            <Input disabled={Boolean(base)} style={{ width: 200 }} data-testid="template-code" />
          </Form.Item>
          <Form.Item name="name" label={t('templates.field.name')} rules={[{ required: true }]}>
            <Input style={{ width: 320 }} data-testid="template-name" />
          </Form.Item>
          <Form.Item name="objectType" label={t('templates.field.objectType')} rules={[{ required: true }]}>
            <Select style={{ width: 220 }} disabled={Boolean(base)} options={OBJECT_TYPES.map((o) => ({ value: o, label: OBJECT_LABELS[o] }))} />
          </Form.Item>
        </Space>
        <Typography.Text type="secondary" data-testid="template-total">
          {t('templates.field.totalWeight')}: {total}
        </Typography.Text>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'title']} label={index === 0 ? t('templates.field.itemTitle') : undefined} rules={[{ required: true }]}>
                    <Input style={{ width: 260 }} data-testid={`item-title-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} label={index === 0 ? t('templates.field.weight') : undefined} rules={[{ required: true }]}>
                    <InputNumber style={{ width: 90 }} data-testid={`item-weight-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'evidence']} label={index === 0 ? t('templates.field.evidence') : undefined} rules={[{ required: true }]}>
                    <Input style={{ width: 300 }} data-testid={`item-evidence-${index}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('templates.removeItem')}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                    style={index === 0 ? { marginTop: 30 } : undefined}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ title: '', weight: 10, evidence: '' })} data-testid="template-add-item">
                {t('templates.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
