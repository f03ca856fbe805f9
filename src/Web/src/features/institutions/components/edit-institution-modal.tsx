import { Alert, App, Button, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { fromIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import type { InstitutionDetail } from '../api/get-institution';
import { useUpdateInstitution } from '../api/update-institution';
import { institutionsMessages } from '../locales';
import { institutionFormError } from './institution-form-errors';
import {
  INSTITUTION_FORM_FIELDS,
  InstitutionFormFields,
  toUpdateInstitutionBody,
  type InstitutionFormValues,
} from './institution-form-fields';

interface EditInstitutionModalProps {
  open: boolean;
  institution: InstitutionDetail;
  /** The ETag read with the institution; sent back as `If-Match`. */
  etag: string | null;
  /** Reads the institution again (after a 412). */
  onReload: () => Promise<unknown>;
  onClose: () => void;
}

export function EditInstitutionModal({ open, institution, etag, onReload, onClose }: EditInstitutionModalProps) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<InstitutionFormValues>();
  const update = useUpdateInstitution();
  const { problem, report, clear } = useFormProblem(form, INSTITUTION_FORM_FIELDS);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);

  // Each opening, and a reloaded record (new ETag), shows the record as read; unsaved edits are dropped.
  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open, etag]);

  const submit = (values: InstitutionFormValues) => {
    clear();
    update.mutate(
      { id: institution.id, etag, body: toUpdateInstitutionBody(values) },
      {
        onSuccess: () => {
          message.success(t('institutions.success.updated'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            setStale(true);
            message.error(t('institutions.error.concurrency'));
          } else {
            report(institutionFormError(error, t));
          }
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setStale(false);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('institutions.edit')}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ disabled: stale, ...{ 'data-testid': 'institution-form-submit' } }}
      confirmLoading={update.isPending}
      afterClose={() => {
        clear();
        setStale(false);
      }}
      destroyOnHidden
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('institutions.error.concurrency')}
          action={
            <Button size="small" onClick={reload} loading={reloading} data-testid="institution-reload">
              {t('action.refresh')}
            </Button>
          }
        />
      )}
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="edit-institution"
        onFinish={submit}
        initialValues={{
          name: institution.name,
          creditCode: institution.creditCode,
          streetCode: institution.streetCode,
          address: institution.address,
          legalRepresentative: institution.legalRepresentative,
          contactPhone: institution.contactPhone,
          businessFormats: institution.businessFormats,
          isAllianceMember: institution.isAllianceMember,
          allianceJoinedOn: fromIsoDate(institution.allianceJoinedOn),
        }}
      >
        <InstitutionFormFields mode="edit" />
      </Form>
    </Modal>
  );
}
