import { Alert, Form, Input, InputNumber, Modal, Select, message } from 'antd';
import { problemOf } from '@/lib/problem-details';
import { useStreets } from '@/lib/reference';
import { useCurrentUser } from '@/lib/auth';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { groupName, useVoucherGroups, type Batch } from '../api/batches';
import { useSubmitApplication } from '../api/applications';
import { vouchersMessages } from '../locales';

interface Values {
  applicantName: string;
  idNumber: string;
  phone: string;
  streetCode: string;
  address: string;
  group: string;
  householdSize?: number;
  evidenceNote?: string;
}

const FIELDS = ['applicantName', 'idNumber', 'phone', 'streetCode', 'address', 'group', 'householdSize', 'evidenceNote'] as const;

/** 人员申报: a street officer declares a household for the batch; field errors from the API appear inline. */
export function DeclarationModal({ batch, open, onClose }: { batch: Batch; open: boolean; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const streets = useStreets(open);
  const groups = useVoucherGroups();
  const submit = useSubmitApplication();
  const { problem, report, clear } = useFormProblem(form, FIELDS);

  const onFinish = async (values: Values) => {
    clear();
    try {
      await submit.mutateAsync({
        batchId: batch.id,
        applicantName: values.applicantName.trim(),
        idNumber: values.idNumber.trim(),
        phone: values.phone.trim(),
        streetCode: values.streetCode,
        address: values.address.trim(),
        group: values.group,
        householdSize: values.householdSize ?? null,
        evidenceNote: values.evidenceNote?.trim() || null,
      });
      message.success(t('vouchers.success.declared'));
      form.resetFields();
      onClose();
    } catch (error) {
      report(error);
    }
  };

  const required = [{ required: true, message: t('vouchers.field.required') }];
  return (
    <Modal
      open={open}
      title={`${t('vouchers.declare')} · ${batch.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: submit.isPending, ...{ 'data-testid': 'declaration-submit' } }}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon message={problem.messages.join('；') || problemOf(problem.error)?.detail} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ streetCode: user.streetCode ?? undefined }}>
        <Form.Item name="applicantName" label={t('vouchers.application.applicantName')} rules={required}>
          <Input data-testid="declaration-applicantName" maxLength={50} />
        </Form.Item>
        <Form.Item name="idNumber" label={t('vouchers.application.idNumber')} rules={required}>
          <Input data-testid="declaration-idNumber" maxLength={18} />
        </Form.Item>
        <Form.Item name="phone" label={t('vouchers.application.phone')} rules={required}>
          <Input data-testid="declaration-phone" maxLength={20} />
        </Form.Item>
        <Form.Item name="streetCode" label={t('vouchers.application.streetCode')} rules={required}>
          <Select data-testid="declaration-streetCode" disabled={!!user.streetCode} options={streets.data?.map((s) => ({ value: s.code, label: s.name }))} />
        </Form.Item>
        <Form.Item name="address" label={t('vouchers.application.address')} rules={required}>
          <Input data-testid="declaration-address" maxLength={300} />
        </Form.Item>
        <Form.Item name="group" label={t('vouchers.application.group')} rules={required}>
          <Select data-testid="declaration-group" options={batch.eligibleGroups.map((code) => ({ value: code, label: groupName(groups.data, code) }))} />
        </Form.Item>
        <Form.Item name="householdSize" label={t('vouchers.application.householdSize')}>
          <InputNumber min={1} max={30} />
        </Form.Item>
        <Form.Item name="evidenceNote" label={t('vouchers.application.evidenceNote')}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
