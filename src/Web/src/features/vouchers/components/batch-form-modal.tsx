import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { toIsoDate } from '@/lib/dates';
import { problemOf } from '@/lib/problem-details';
import { useStreets } from '@/lib/reference';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { useCreateBatch, useVoucherGroups } from '../api/batches';
import { vouchersMessages } from '../locales';

interface Values {
  name: string;
  year: number;
  quantity: number;
  faceValue: number;
  eligibleGroups: string[];
  validity: [Dayjs, Dayjs];
  streetQuotas?: { streetCode: string; quota: number }[];
}

const FIELDS = ['name', 'year', 'quantity', 'faceValue', 'eligibleGroups', 'validFrom', 'validUntil', 'streetQuotas'] as const;

/** New batch (新建发放批次); defaults are the plan's 5000 vouchers of 200 yuan for the configured groups. */
export function BatchFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const [form] = Form.useForm<Values>();
  const groups = useVoucherGroups();
  const streets = useStreets(open);
  const create = useCreateBatch();
  const { problem, report, clear } = useFormProblem(form, FIELDS);

  const submit = async (values: Values) => {
    clear();
    try {
      await create.mutateAsync({
        name: values.name.trim(),
        year: values.year,
        quantity: values.quantity,
        faceValue: values.faceValue,
        eligibleGroups: values.eligibleGroups,
        validFrom: toIsoDate(values.validity[0])!,
        validUntil: toIsoDate(values.validity[1])!,
        streetQuotas: values.streetQuotas?.length ? values.streetQuotas : null,
      });
      message.success(t('vouchers.success.saved'));
      form.resetFields();
      onClose();
    } catch (error) {
      const validity = problemOf(error)?.errors;
      if (validity?.validUntil || validity?.validFrom) form.setFields([{ name: 'validity', errors: [...(validity.validUntil ?? []), ...(validity.validFrom ?? [])] }]);
      report(error);
    }
  };

  const year = dayjs().year();
  return (
    <Modal
      open={open}
      title={t('vouchers.batches.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'batch-form-submit' } }}
      destroyOnHidden
      width={640}
    >
      {problem && <Alert type="error" showIcon message={problem.messages.join('；') || problemOf(problem.error)?.detail} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          year,
          quantity: 5000,
          faceValue: 200,
          eligibleGroups: groups.data?.map((g) => g.code),
          validity: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)],
        }}
      >
        <Form.Item name="name" label={t('vouchers.batch.name')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <Input data-testid="batch-form-name" maxLength={200} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="year" label={t('vouchers.batch.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} data-testid="batch-form-year" />
          </Form.Item>
          <Form.Item name="quantity" label={t('vouchers.batch.quantity')} rules={[{ required: true }]}>
            <InputNumber min={1} data-testid="batch-form-quantity" />
          </Form.Item>
          <Form.Item name="faceValue" label={t('vouchers.batch.faceValue')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} data-testid="batch-form-faceValue" />
          </Form.Item>
        </Space>
        <Form.Item name="eligibleGroups" label={t('vouchers.batch.groups')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <Select mode="multiple" data-testid="batch-form-groups" options={groups.data?.map((g) => ({ value: g.code, label: g.name }))} />
        </Form.Item>
        <Form.Item name="validity" label={t('vouchers.batch.validity')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <DatePicker.RangePicker data-testid="batch-form-validity" />
        </Form.Item>
        <Form.List name="streetQuotas">
          {(fields, { add, remove }) => (
            <Form.Item label={t('vouchers.batch.streetQuotas')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'streetCode']} rules={[{ required: true }]}>
                    <Select style={{ width: 200 }} options={streets.data?.map((s) => ({ value: s.code, label: s.name }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quota']} rules={[{ required: true }]}>
                    <InputNumber min={1} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                {t('vouchers.batch.addQuota')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
