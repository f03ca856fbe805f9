import { Alert, Col, Form, Input, Modal, Row, message } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { type CurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { canApplyFor } from '../access';
import { useResubmit, type SubsidyApplication } from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { subsidyMessages } from '../locales';
import { CalculationPreview, ItemInputs, STAFF_FIELDS, showFieldErrors, toApplyBody, type StaffRowValues, type WizardValues } from './apply-page';


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

const number = (value: string | undefined) => {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

/** Rows stored as `inputs[staff[0]]`, `inputs[staff[1]]`, … in order. */
function listRows(inputs: Record<string, string>, name: string): string[] {
  const rows: string[] = [];
  for (let i = 0; inputs[`${name}[${i}]`] !== undefined; i++) rows.push(inputs[`${name}[${i}]`]);
  return rows;
}

/**
 * A staff row from its stored line: `<masked id> <name> <category> <from>–<to>` (社保补贴) or `<masked id> <name> <cost>`.
 * The stored ID number is masked, so it is left for the user to enter again.
 */
function staffRow(line: string, itemCode: string): StaffRowValues {
  const tokens = line.trim().split(/\s+/);
  const fields = STAFF_FIELDS[itemCode] ?? [];
  if (fields.includes('fromMonth')) {
    const [from, to] = (tokens.at(-1) ?? '').split('–');
    return {
      name: tokens.slice(1, -2).join(' ') || undefined,
      category: tokens.at(-2) as StaffRowValues['category'],
      fromMonth: from ? dayjs(`${from}-01`) : null,
      toMonth: to ? dayjs(`${to}-01`) : null,
    };
  }
  return { name: tokens.slice(1, -1).join(' ') || undefined, cost: number(tokens.at(-1)) ?? null };
}

/** The form's values prefilled from the inputs stored with the application's calculation (计算明细). */
export function valuesFromApplication(application: SubsidyApplication): WizardValues {
  const inputs = application.breakdown.inputs ?? {};
  const itemCode = application.itemCode;
  const base: WizardValues = { itemCode, institutionId: application.institutionId, year: application.year };
  switch (itemCode) {
    case 'UnemploymentInsuranceRefund':
      return { ...base, insuredStaff: number(inputs.insuredStaff), laidOffStaff: number(inputs.laidOffStaff), lastYearPremium: number(inputs.lastYearPremium) };
    case 'Award':
      return { ...base, awardCategory: inputs.awardCategory || undefined, requestedAmount: number(inputs.requestedAmount) };
    case 'TrainingSubsidy':
    case 'CertificationSubsidy':
      return { ...base, classId: inputs.classId || undefined };
    case 'LoanInterestDiscount':
      return {
        ...base,
        lender: inputs.lender,
        loanContractNumber: inputs.loanContractNumber,
        loanPrincipal: number(inputs.loanPrincipal),
        loanStartDate: inputs.loanStartDate ? dayjs(inputs.loanStartDate) : null,
        loanEndDate: inputs.loanEndDate ? dayjs(inputs.loanEndDate) : null,
        interestStatements: listRows(inputs, 'interestStatements').map((line) => {
          const [month, paid] = line.split(':').map((part) => part.trim());
          return { month: month ? dayjs(`${month}-01`) : null, interestPaid: number(paid) ?? null };
        }),
      };
    case 'SocialInsuranceSubsidy':
    case 'AccidentInsuranceSubsidy':
    case 'HealthCheckSubsidy':
      return { ...base, staff: listRows(inputs, 'staff').map((line) => staffRow(line, itemCode)) };
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
