import { Button, Card, Col, Descriptions, QRCode, Result, Row, Space, Spin, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { isApiError } from '@/lib/problem-details';
import { useT } from '@/lib/i18n';
import { canManageVouchers, canReviewVouchers, canServeVouchers } from '../access';
import { useVoucher } from '../api/vouchers';
import { vouchersMessages } from '../locales';
import { VoucherStatusBadge, availableSteps } from './voucher-status';
import { VoucherStepModal, type StepName } from './voucher-step-modal';

const TIMELINE_ACTIONS = ['Issue', 'SelectInstitution', 'Schedule', 'RecordService', 'FollowUp', 'Verify', 'Reimburse', 'Expire', 'Void', 'ReturnToSelection'] as const;

/** The timeline label of an action; an action this version does not know is shown as sent. */
export function timelineLabel(t: ReturnType<typeof useT<keyof (typeof vouchersMessages)['zh-CN']>>, action: string): string {
  return (TIMELINE_ACTIONS as readonly string[]).includes(action) ? t(`vouchers.timeline.${action as (typeof TIMELINE_ACTIONS)[number]}`) : action;
}

/** One voucher: its QR code, value and validity, institution, service, follow-up, verification and timeline, with the next steps. */
export function VoucherDetailPage() {
  const t = useT(vouchersMessages);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const voucher = useVoucher(id);
  const [step, setStep] = useState<StepName | null>(null);
  const can = useMemo(() => ({ review: canReviewVouchers(user), serve: canServeVouchers(user), manage: canManageVouchers(user) }), [user]);

  if (voucher.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (voucher.isError || !voucher.data) {
    const notFound = isApiError(voucher.error) && voucher.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('vouchers.voucher.notFound') : t('vouchers.error.load')}
        extra={<Button onClick={() => navigate(-1)}>{t('vouchers.voucher.back')}</Button>}
      />
    );
  }

  const v = voucher.data;
  const steps = availableSteps(v.status, can);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            {t('vouchers.voucher.title')}
            <Typography.Text code data-testid="voucher-code">{v.displayCode}</Typography.Text>
            <span data-testid="voucher-status"><VoucherStatusBadge status={v.status} /></span>
          </Space>
        }
        extra={<Link to={`/vouchers/batches/${v.batchId}`}>{v.batchName}</Link>}
      >
        <Row gutter={24}>
          <Col flex="180px">
            <QRCode value={v.code} size={160} data-testid="voucher-qr" />
          </Col>
          <Col flex="auto">
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('vouchers.voucher.holder')}>{v.holderName}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.application.streetCode')}>{v.streetName}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.batch.faceValue')}>{v.faceValue.toFixed(2)}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.batch.validity')}>{`${v.validFrom} ~ ${v.validUntil}`}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.institution')}>{v.institutionName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.businessFormat')}>{v.businessFormat ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.scheduledFor')}>{v.service.scheduledFor ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.worker')}>{v.service.workerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.serviceDate')}>{v.service.serviceDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vouchers.voucher.items')}>{v.service.serviceItems ?? '—'}</Descriptions.Item>
              {v.followUp && (
                <Descriptions.Item label={t('vouchers.voucher.followUp')}>
                  {`${v.followUp.date} · ${t(`vouchers.channel.${v.followUp.channel}`)} · ${v.followUp.satisfaction}/5`}
                </Descriptions.Item>
              )}
              {v.verification && (
                <Descriptions.Item label={t('vouchers.voucher.verification')}>
                  {t(`vouchers.result.${v.verification.result}`)}
                  {v.verification.note ? ` · ${v.verification.note}` : ''}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Space wrap style={{ marginTop: 12 }}>
              {steps.map((s) => (
                <Button key={s} danger={s === 'void'} type={s === 'void' ? 'default' : 'primary'} onClick={() => setStep(s)} data-testid={`voucher-step-${s}`}>
                  {t(`vouchers.action.${s}`)}
                </Button>
              ))}
            </Space>
          </Col>
        </Row>
      </Card>
      <Card title={t('vouchers.voucher.timeline')}>
        <Timeline
          data-testid="voucher-timeline"
          items={(v.timeline ?? []).map((e) => ({
            children: (
              <>
                <Typography.Text strong>{timelineLabel(t, e.action)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {formatDateTime(e.at)} · {e.actor}
                </Typography.Text>
                {e.note && <div>{e.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <VoucherStepModal voucher={v} step={step} onClose={() => setStep(null)} />
    </Space>
  );
}
