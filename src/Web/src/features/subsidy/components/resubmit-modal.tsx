import { Alert, Col, Form, Input, Modal, Row, message } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { type CurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { canApplyFor } from '../access';
import { useResubmit, type ApplicationInputs, type StaffCategory, type SubsidyApplication } from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { subsidyMessages } from '../locales';
import { CalculationPreview, ItemInputs, showFieldErrors, toApplyBody, type StaffRowValues, type WizardValues } from './apply-page';


/**
 * Whether the user may correct and resubmit the application: it is Returned, the user may apply, and an institution
 * operator only for their own institution (the API still decides scope and who submitted it).
 */
export function canResubmit(application: SubsidyApplication, user: CurrentUser): boolean {
  return application.status === 'Returned' && canApplyFor(application.institutionId, user);
}

/** The comment of the latest return (退回意见), if any. */
export function returnComment(application: SubsidyApplication): string | null {
  const returns = application.reviews.filter((r) => r.toStatus === 'Returned');
  return returns.at(-1)?.comment ?? null;
}

/** The inputs stored with the application (the detail returns them; staff ID numbers masked). */
export function storedInputs(application: SubsidyApplication): ApplicationInputs | null {
  return ((application as { inputs?: ApplicationInputs | null }).inputs ?? null) as ApplicationInputs | null;
}

const month = (value: string | null | undefined) => (value ? dayjs(`${value}-01`) : null);
const date = (value: string | null | undefined) => (value ? dayjs(value) : null);
const orUndefined = <T,>(value: T | null | undefined) => value ?? undefined;

/**
 * The form's values prefilled from the inputs stored with the application, as the API returns them typed. Staff ID
 * numbers come back masked: the row keeps the masked number to show, and the number itself is entered again.
 */
export function valuesFromApplication(application: SubsidyApplication): WizardValues {
  const inputs = storedInputs(application) ?? {};
  const base: WizardValues = { itemCode: application.itemCode, institutionId: application.institutionId, year: application.year };
  switch (application.itemCode) {
    case 'UnemploymentInsuranceRefund':
      return { ...base, insuredStaff: inputs.insuredStaff, laidOffStaff: inputs.laidOffStaff, lastYearPremium: inputs.lastYearPremium };
    case 'Award':
      return { ...base, awardCategory: orUndefined(inputs.awardCategory), requestedAmount: inputs.requestedAmount };
    case 'TrainingSubsidy':
    case 'CertificationSubsidy':
      return { ...base, classId: orUndefined(inputs.classId) };
    case 'LoanInterestDiscount':
      return {
        ...base,
        lender: orUndefined(inputs.lender),
        loanContractNumber: orUndefined(inputs.loanContractNumber),
        loanPrincipal: inputs.loanPrincipal,
        loanStartDate: date(inputs.loanStartDate),
        loanEndDate: date(inputs.loanEndDate),
        interestStatements: (inputs.interestStatements ?? []).map((s) => ({ month: month(s.month), interestPaid: s.interestPaid })),
      };
    case 'SocialInsuranceSubsidy':
    case 'AccidentInsuranceSubsidy':
    case 'HealthCheckSubsidy':
      return {
        ...base,
        staff: (inputs.staff ?? []).map((s): StaffRowValues => {
          const row: StaffRowValues = { maskedIdNumber: s.idNumber, name: s.name };
          if (s.category) row.category = s.category as StaffCategory;
          if (s.fromMonth) row.fromMonth = month(s.fromMonth);
          if (s.toMonth) row.toMonth = month(s.toMonth);
          if (s.cost !== null && s.cost !== undefined) row.cost = s.cost;
          return row;
        }),
      };
    default:
      return base;
  }
}

interface ResubmitValues extends WizardValues {
  comment?: string;
}

/** 修改后重新提交: the item's inputs prefilled with the current ones, the live calculation, and the resubmission. */
export function ResubmitModal({ application, onClose }: { application: SubsidyApplication; onClose: () => void }) {
  const t = useT(subsidyMessages);
  const [form] = Form.useForm<ResubmitValues>();
  const initial = useMemo(() => valuesFromApplication(application), [application]);
  const watched = Form.useWatch([], form) as ResubmitValues | undefined;
  const body = useMemo(() => (watched ? toApplyBody({ ...watched, ...initialKeys(initial) }) : null), [watched, initial]);
  const preview = usePreview(body);
  const resubmit = useResubmit(application.id);
  const [error, setError] = useState<unknown>(null);
  const hasStaff = (initial.staff?.length ?? 0) > 0;
  // The lists carry their own initial row (Form.List initialValue), so the stored rows are set once mounted rather than
  // as the form's initialValues, which a Form.List may not overwrite.
  const { staff, interestStatements, ...scalars } = initial;
  useEffect(() => {
    if (staff?.length) form.setFieldsValue({ staff });
    if (interestStatements?.length) form.setFieldsValue({ interestStatements });
  }, [form, staff, interestStatements]);

  const submit = async (values: ResubmitValues) => {
    const current = toApplyBody({ ...values, ...initialKeys(initial) });
    if (!current) return;
    setError(null);
    try {
      await resubmit.mutateAsync({ inputs: current.inputs, comment: values.comment?.trim() || undefined });
      message.success(t('subsidy.resubmit.done'));
      onClose();
    } catch (e) {
      showFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <Modal
      open
      width={1000}
      title={`${t('subsidy.action.resubmit')} · ${application.itemName} · ${application.institutionName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('subsidy.action.resubmit')}
      okButtonProps={{ loading: resubmit.isPending, disabled: !body || preview.data?.eligible === false, ...{ 'data-testid': 'resubmit-submit' } }}
      destroyOnHidden
    >
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          {hasStaff && <Alert type="info" showIcon title={t('subsidy.resubmit.idNumbersAgain')} style={{ marginBottom: 16 }} />}
          {error !== null && <ProblemAlert error={error} />}
          <Form<ResubmitValues> form={form} layout="vertical" initialValues={scalars} onFinish={submit} preserve>
            <ItemInputs itemCode={application.itemCode} year={application.year} />
            <Form.Item name="comment" label={t('subsidy.resubmit.comment')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="resubmit-comment" />
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          <CalculationPreview body={body} preview={preview} />
        </Col>
      </Row>
    </Modal>
  );
}

/** The fields that are not edited on resubmission (item, institution, year) come from the application. */
function initialKeys(initial: WizardValues): Pick<WizardValues, 'itemCode' | 'institutionId' | 'year'> {
  return { itemCode: initial.itemCode, institutionId: initial.institutionId, year: initial.year };
}
