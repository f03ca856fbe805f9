import { ArrowLeftOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { ReasonModal } from '@/components/reason-modal';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useCertificate, useRevokeCertificate, useVerifyCertificate } from '../api/certificates';
import { trainingMessages, type TrainingKey } from '../locales';
import './certificate-print.css';

/** `/training/certificates/:enrollmentId`: the certificate, printable (A4, no menus), its public check and revocation. */
export function CertificatePage() {
  const t = useT(trainingMessages);
  const { enrollmentId } = useParams();
  const certificate = useCertificate(enrollmentId);
  const verify = useVerifyCertificate();
  const revoke = useRevokeCertificate();
  const user = useCurrentUser();
  const [revoking, setRevoking] = useState(false);

  if (certificate.isPending) return <PageLoading />;
  if (certificate.isError) return <PageError error={certificate.error} onRetry={() => void certificate.refetch()} />;
  const c = certificate.data;
  return (
    <PageContainer
      title={
        <Space className="no-print">
          <Link to={`/training/classes/${c.classId}`} aria-label={t('action.back')}>
            <ArrowLeftOutlined />
          </Link>
          {t('training.certificate.title')}
          <Tag color={c.status === 'Valid' ? 'green' : 'red'} data-testid="certificate-status">
            {t(`training.certificate.${c.status}` as TrainingKey)}
          </Tag>
        </Space>
      }
      extra={
        <Space className="no-print">
          <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate(c.code)} loading={verify.isPending} data-testid="verify-certificate">
            {t('training.action.verify')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('training.action.print')}
          </Button>
          {hasAnyRole('Admin', 'DistrictOfficer')(user) && c.status === 'Valid' && (
            <Button danger onClick={() => setRevoking(true)} data-testid="revoke-certificate">
              {t('training.action.revoke')}
            </Button>
          )}
        </Space>
      }
    >
      {verify.data && (
        <Alert
          className="no-print"
          type={verify.data.status === 'Valid' ? 'success' : 'warning'}
          showIcon
          data-testid="verification-result"
          message={t('training.verify.result', {
            status: t(`training.certificate.${verify.data.status}` as TrainingKey),
            holder: verify.data.holderName,
          })}
        />
      )}
      {verify.isError && <PageError error={verify.error} />}
      <article className="training-certificate" data-testid="certificate">
        <h1>{t('training.certificate.title')}</h1>
        <p className="holder">
          <strong data-testid="certificate-holder">{c.holderName}</strong>（{c.idNumberMasked}）
        </p>
        <p>
          {c.providerName} · {c.className}
        </p>
        <p>
          {c.programmeName}（{c.categoryName}）· {c.attendedHours} {t('training.field.hours')}
        </p>
        <dl>
          <dt>{t('training.field.skillLevel')}</dt>
          <dd>{c.skillLevelName}</dd>
          <dt>{t('training.field.certificateNumber')}</dt>
          <dd>{c.certificateNumber}</dd>
          <dt>{t('training.field.assessedOn')}</dt>
          <dd>{c.issuedOn}</dd>
          <dt>{t('training.field.validUntil')}</dt>
          <dd>{c.validUntil ?? '—'}</dd>
          <dt>{t('training.field.verificationCode')}</dt>
          <dd data-testid="certificate-code">{c.code}</dd>
        </dl>
        <p className="verify-hint">{c.verifyPath}</p>
      </article>
      <ReasonModal
        open={revoking}
        title={t('training.action.revoke')}
        reason="required"
        danger
        onSubmit={(reason) => revoke.mutateAsync({ code: c.code, reason: reason ?? '' })}
        onClose={() => setRevoking(false)}
      />
    </PageContainer>
  );
}
