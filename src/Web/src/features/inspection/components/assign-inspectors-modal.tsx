import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useAssignInspectors, type AssignmentOutcome } from '../api/assignments';
import { useInspectorUsers } from '../api/spot-checks';
import { spotCheckMessages } from '../locales/spot-checks';

interface Props {
  /** The selected tasks (id and object name). */
  tasks: { id: string; objectName: string }[];
  onClose: (assigned: boolean) => void;
}

/** Picks inspectors for one or more campaign tasks (批量指派检查人员); lists the tasks that could not be assigned. */
export function AssignInspectorsModal({ tasks, onClose }: Props) {
  const t = useT(spotCheckMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ inspectors: string[] }>();
  const users = useInspectorUsers(true);
  const assign = useAssignInspectors();
  const [failed, setFailed] = useState<AssignmentOutcome[]>([]);

  const submit = ({ inspectors }: { inspectors: string[] }) => {
    const byId = new Map((users.data ?? []).map((u) => [u.id, u]));
    const picks = inspectors.map((id) => ({ userId: id, name: byId.get(id)?.displayName || byId.get(id)?.userName || id }));
    assign.mutate(
      { taskIds: tasks.map((task) => task.id), inspectors: picks },
      {
        onSuccess: (outcomes) => {
          const errors = outcomes.filter((o) => o.error);
          setFailed(errors);
          if (errors.length === 0) {
            message.success(t('assign.done', { count: outcomes.length }));
            onClose(true);
          }
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('assign.title', { count: tasks.length })}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ loading: assign.isPending, ...{ 'data-testid': 'assign-submit' } }}
      destroyOnHidden
    >
      {users.isError && <Alert type="warning" showIcon message={t('spotChecks.inspectors.unavailable')} style={{ marginBottom: 12 }} />}
      {failed.map((f) => (
        <ProblemAlert key={f.taskId} error={f.error} messages={[tasks.find((task) => task.id === f.taskId)?.objectName ?? f.taskId]} />
      ))}
      <Form form={form} layout="vertical" name="assign-inspectors" initialValues={{ inspectors: [] }} onFinish={submit}>
        <Form.Item name="inspectors" label={t('spotChecks.field.inspectors')} rules={[{ required: true, type: 'array', min: 2, message: t('assign.min') }]}>
          <Select
            mode="multiple"
            loading={users.isPending}
            optionFilterProp="label"
            options={users.data?.map((u) => ({ value: u.id, label: u.displayName || u.userName }))}
            data-testid="assign-inspectors"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
