import { App, Form, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCreateInstitution } from '../api/create-institution';
import { institutionsMessages } from '../locales';
import { institutionFormError } from './institution-form-errors';
import {
  INSTITUTION_FORM_FIELDS,
  InstitutionFormFields,
  toCreateInstitutionBody,
  useDefaultStreet,
  type InstitutionFormValues,
} from './institution-form-fields';

/** Registers a new institution, then opens its page. */
export function CreateInstitutionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<InstitutionFormValues>();
  const create = useCreateInstitution();
  const { problem, report, clear } = useFormProblem(form, INSTITUTION_FORM_FIELDS);
  useResetOnOpen(form, open);
  const { streetCode } = useDefaultStreet();

  const submit = (values: InstitutionFormValues) => {
    clear();
    create.mutate(toCreateInstitutionBody(values), {
      onSuccess: (created) => {
        message.success(t('institutions.success.created'));
        onClose();
        void navigate(`/registry/institutions/${created.id}`);
      },
      onError: (error) => report(institutionFormError(error, t)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('institutions.create')}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'institution-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="create-institution"
        initialValues={{ businessFormats: [], isAllianceMember: false, streetCode }}
        onFinish={submit}
      >
        <InstitutionFormFields mode="create" />
      </Form>
    </Modal>
  );
}
