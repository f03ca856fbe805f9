import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Typography, Upload } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { canApplyFor } from '../access';
import { EVIDENCE_ACCEPT, useDownloadEvidence, useEvidence, useUploadEvidence, type EvidenceFile } from '../api/evidence';
import type { SubsidyApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';

/** Statuses in which the API accepts new evidence (the applicant is still preparing or correcting the application). */
const OPEN_FOR_EVIDENCE: SubsidyApplication['status'][] = ['Submitted', 'Returned'];

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** 申报材料: the application's evidence files with their SHA-256, download, and upload while the application is open. */
export function EvidenceCard({ application }: { application: SubsidyApplication }) {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const files = useEvidence(application.id);
  const upload = useUploadEvidence(application.id);
  const download = useDownloadEvidence(application.id);
  const canUpload = OPEN_FOR_EVIDENCE.includes(application.status) && canApplyFor(application.institutionId, user);

  return (
    <Card
      title={t('subsidy.evidence.title')}
      extra={
        canUpload && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload">
              {t('subsidy.evidence.upload')}
            </Button>
          </Upload>
        )
      }
      data-testid="evidence-card"
    >
      {upload.error ? <ProblemAlert error={upload.error} /> : null}
      {download.error ? <ProblemAlert error={download.error} /> : null}
      {files.isError ? (
        <ProblemAlert error={files.error} onRetry={() => files.refetch()} />
      ) : (
        <Table<EvidenceFile>
          rowKey="id"
          size="small"
          loading={files.isLoading}
          pagination={false}
          dataSource={files.data ?? []}
          locale={{ emptyText: <Empty description={t('subsidy.evidence.empty')} /> }}
          data-testid="evidence-table"
          columns={[
            { title: t('subsidy.evidence.fileName'), dataIndex: 'fileName' },
            { title: t('subsidy.evidence.size'), dataIndex: 'sizeBytes', render: (bytes: number) => size(bytes) },
            {
              title: 'SHA-256',
              dataIndex: 'sha256',
              render: (hash: string) => (
                <Typography.Text code copyable={{ text: hash }} title={hash}>
                  {hash.slice(0, 12)}…
                </Typography.Text>
              ),
            },
            { title: t('subsidy.evidence.uploadedBy'), render: (_, f) => `${f.uploadedBy} · ${formatDateTime(f.uploadedAt)}` },
            {
              title: '',
              key: 'download',
              render: (_, f) => (
                <Button
                  type="link"
                  icon={<DownloadOutlined />}
                  loading={download.isPending && download.variables?.id === f.id}
                  onClick={() => download.mutate(f)}
                  data-testid={`evidence-download-${f.id}`}
                >
                  {t('subsidy.evidence.download')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
