import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useRegistryStreets } from '@/features/registry-reference/api/get-registry-streets';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCreateServicePoint } from '../api/create-service-point';
import type { InstitutionDetail } from '../api/get-institution';
import type { ServicePointKind } from '../api/get-service-points';
import { institutionsMessages } from '../locales';
import { FIVE_UNIFIED, toFiveUnified } from './five-unified';

interface ServicePointFormValues {
  kind: ServicePointKind;
  name: string;
  streetCode: string;
  address: string;
  fiveUnified?: string[];
}

export const SERVICE_POINT_KINDS: ServicePointKind[] = ['CommunityStation', 'ServiceMarket'];

const FIELDS = ['kind', 'name', 'streetCode', 'address', 'fiveUnified', ...FIVE_UNIFIED] as const;

interface CreateServicePointModalProps {
  open: boolean;
  institution: Pick<InstitutionDetail, 'id' | 'streetCode'>;
  onClose: () => void;
}

/** Registers a community household-service station (社区家庭服务站) or a professional service market. */
export function CreateServicePointModal({ open, institution, onClose }: CreateServicePointModalProps) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ServicePointFormValues>();
  const create = useCreateServicePoint();
  const streets = useRegistryStreets();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);

  const submit = (values: ServicePointFormValues) => {
    clear();
    create.mutate(
      {
        kind: values.kind,
        name: values.name.trim(),
        institutionId: institution.id,
        streetCode: values.streetCode,
        address: values.address.trim(),
        ...toFiveUnified(values.fiveUnified),
      },
      {
        onSuccess: () => {
          message.success(t('institutions.stations.success.created'));
          onClose();
        },
        onError: report,
      },
    );
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('institutions.stations.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'service-point-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="create-service-point"
        initialValues={{ kind: 'CommunityStation', streetCode: institution.streetCode, fiveUnified: [] }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('institutions.stations.field.kind')}>
          <Radio.Group
            options={SERVICE_POINT_KINDS.map((kind) => ({ value: kind, label: t(`institutions.stations.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('institutions.stations.field.name')} rules={required(t('institutions.stations.field.name'))}>
          <Input maxLength={200} data-testid="service-point-form-name" />
        </Form.Item>
        <Form.Item
          name="streetCode"
          label={t('institutions.field.streetCode')}
          rules={[{ required: true, message: t('form.requiredChoice', { field: t('institutions.field.streetCode') }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={streets.data?.map((street) => ({ value: street.code, label: street.name }))}
          />
        </Form.Item>
        <Form.Item name="address" label={t('institutions.field.address')} rules={required(t('institutions.field.address'))}>
          <Input maxLength={300} data-testid="service-point-form-address" />
        </Form.Item>
        <Form.Item name="fiveUnified" label={t('institutions.stations.field.fiveUnified')}>
          <Checkbox.Group options={FIVE_UNIFIED.map((item) => ({ value: item, label: t(`institutions.fiveUnified.${item}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
