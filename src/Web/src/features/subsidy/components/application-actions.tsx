import { Button, DatePicker, Form, Input, Modal, Space, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser, type CurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { canManageSubsidy, canReviewSubsidy } from '../access';
import { useApplicationAction, type ApplicationAction, type SubsidyApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { ResubmitModal, canResubmit } from './resubmit-modal';

type ActionKind = ApplicationAction['kind'];

/** The actions the user's role may take on an application in its status (the API still decides scope and self-review). */
export function availableActions(status: SubsidyApplication['status'], user: CurrentUser): ActionKind[] {
  const review = canReviewSubsidy(user);
  const manage = canManageSubsidy(user);
  switch (status) {
    case 'Submitted':
      return review ? ['street-approve', 'return', 'reject'] : [];
    case 'StreetApproved':
      return manage ? ['district-approve', 'return', 'reject'] : [];
    case 'Approved':
      return manage ? ['pay', 'reject'] : [];
    case 'Returned':
      return review ? ['reject'] : [];
    case 'Paid':
      return manage ? ['recovery'] : [];
    case 'RecoveryOrdered':
      return manage ? ['recovery/complete'] : [];
    default:
      return [];
  }
}

interface FormValues {
  comment?: string;
  paidOn?: Dayjs;
  bankReference?: string;
  reason?: string;
  recoveredOn?: Dayjs;
  reference?: string;
}

const FIELDS = ['comment', 'paidOn', 'bankReference', 'reason', 'recoveredOn', 'reference'] as const;

function toAction(kind: ActionKind, v: FormValues): ApplicationAction {
  switch (kind) {
    case 'street-approve':
    case 'district-approve':
      return { kind, comment: v.comment?.trim() || undefined };
    case 'return':
    case 'reject':
      return { kind, comment: v.comment?.trim() ?? '' };
    case 'pay':
      return { kind, paidOn: toIsoDate(v.paidOn)!, bankReference: v.bankReference?.trim() ?? '' };
    case 'recovery':
      return { kind, reason: v.reason?.trim() ?? '' };
    case 'recovery/complete':
      return { kind, recoveredOn: toIsoDate(v.recoveredOn)!, reference: v.reference?.trim() ?? '' };
  }
}

/** The buttons of an application's next steps, each with its dialog (review comment, payment, recovery). */
export function ApplicationActions({ application }: { application: SubsidyApplication }) {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const [kind, setKind] = useState<ActionKind | null>(null);
  const [resubmitting, setResubmitting] = useState(false);
  const actions = availableActions(application.status, user);
  const resubmit = canResubmit(application, user);
  if (actions.length === 0 && !resubmit) return null;
  return (
    <Space wrap>
      {resubmit && (
        <Button type="primary" onClick={() => setResubmitting(true)} data-testid="action-resubmit">
          {t('subsidy.action.resubmit')}
        </Button>
      )}
      {resubmitting && <ResubmitModal application={application} onClose={() => setResubmitting(false)} />}
      {actions.map((a) => (
        <Button
          key={a}
          type={a === 'street-approve' || a === 'district-approve' || a === 'pay' ? 'primary' : 'default'}
          danger={a === 'reject' || a === 'recovery'}
          onClick={() => setKind(a)}
          data-testid={`action-${a.replace('/', '-')}`}
        >
          {t(`subsidy.action.${a}`)}
        </Button>
      ))}
      {kind && <ActionModal application={application} kind={kind} onClose={() => setKind(null)} />}
    </Space>
  );
}

function ActionModal({ application, kind, onClose }: { application: SubsidyApplication; kind: ActionKind; onClose: () => void }) {
  const t = useT(subsidyMessages);
  const [form] = Form.useForm<FormValues>();
  const action = useApplicationAction(application.id);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const required = [{ required: true, whitespace: true, message: t('subsidy.field.required') }];
  return (
    <Modal
      open
      title={`${t(`subsidy.action.${kind}`)} · ${application.institutionName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: action.isPending, ...{ 'data-testid': 'action-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ paidOn: dayjs(), recoveredOn: dayjs() }}
        onFinish={async (values) => {
          clear();
          try {
            await action.mutateAsync(toAction(kind, values));
            message.success(t('subsidy.action.done'));
            onClose();
          } catch (e) {
            report(e);
          }
        }}
      >
        {(kind === 'street-approve' || kind === 'district-approve' || kind === 'return' || kind === 'reject') && (
          <Form.Item name="comment" label={t('subsidy.comment')} rules={kind === 'return' || kind === 'reject' ? required : []}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="action-comment" />
          </Form.Item>
        )}
        {kind === 'pay' && (
          <>
            <Form.Item name="paidOn" label={t('subsidy.detail.paidOn')} rules={[{ required: true, message: t('subsidy.field.required') }]}>
              <DatePicker data-testid="pay-date" />
            </Form.Item>
            <Form.Item name="bankReference" label={t('subsidy.detail.bankReference')} rules={required}>
              <Input maxLength={100} data-testid="pay-reference" />
            </Form.Item>
          </>
        )}
        {kind === 'recovery' && (
          <Form.Item name="reason" label={t('subsidy.detail.recoveryReason')} rules={required}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="recovery-reason" />
          </Form.Item>
        )}
        {kind === 'recovery/complete' && (
          <>
            <Form.Item name="recoveredOn" label={t('subsidy.detail.recoveredOn')} rules={[{ required: true, message: t('subsidy.field.required') }]}>
              <DatePicker data-testid="recovery-date" />
            </Form.Item>
            <Form.Item name="reference" label={t('subsidy.detail.recoveryReference')} rules={required}>
              <Input maxLength={100} data-testid="recovery-reference" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
