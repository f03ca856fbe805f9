import { Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { ProblemAlert } from './problem-alert';

interface ReasonModalProps {
  open: boolean;
  title: string;
  /** What is about to happen, shown above the field. */
  description?: ReactNode;
  /** The field's label; "原因 / Reason" by default. */
  label?: string;
  /** The API field the text is sent as (its ProblemDetails errors land on the field); `reason` by default. */
  fieldName?: string;
  /** Whether the text is required, optional, or not asked for at all (a plain confirmation). */
  reason: 'required' | 'optional' | 'none';
  danger?: boolean;
  okText?: string;
  /** Sends the request; a rejection shows its ProblemDetails and keeps the modal open. */
  onSubmit: (text: string | undefined) => Promise<unknown>;
  onClose: () => void;
  testId?: string;
}

/**
 * A confirmation for a workflow step, with a reason (or note) where the step takes one. Errors of the
 * request stay in the modal: a field error under the text, anything else in an alert with the trace id.
 */
export function ReasonModal({
  open,
  title,
  description,
  label,
  fieldName = 'reason',
  reason,
  danger,
  okText,
  onSubmit,
  onClose,
  testId = 'reason-modal',
}: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [pending, setPending] = useState(false);
  const { problem, report, clear } = useFormProblem(form, [fieldName]);
  useResetOnOpen(form, open);
  const fieldLabel = label ?? t('field.reason');

  const submit = async (values: Record<string, string | undefined>) => {
    clear();
    setPending(true);
    try {
      await onSubmit(values[fieldName]?.trim() || undefined);
      onClose();
    } catch (error) {
      report(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('action.confirm')}
      cancelText={t('action.cancel')}
      okButtonProps={{ danger, ...{ 'data-testid': `${testId}-ok` } }}
      confirmLoading={pending}
      afterClose={clear}
      destroyOnHidden
    >
      {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name={testId} onFinish={submit} style={{ marginTop: 12 }}>
        {reason !== 'none' && (
          <Form.Item
            name={fieldName}
            label={fieldLabel}
            rules={
              reason === 'required' ? [{ required: true, whitespace: true, message: t('form.required', { field: fieldLabel }) }] : []
            }
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid={`${testId}-text`} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
