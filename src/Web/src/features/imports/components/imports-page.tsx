import { CheckCircleOutlined, CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Segmented, Typography, Upload } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useDownloadTemplate } from '../api/download-template';
import { useImportJob } from '../api/get-import-job';
import { IMPORT_KIND_ACCESS, IMPORT_KINDS, useStartImport, type ImportKind } from '../api/start-import';
import { importsMessages } from '../locales';
import { ImportJobView } from './import-job-view';
import { problemMessages } from './problem-messages';

export const IMPORT_ACCEPT = '.csv,.xlsx,.json';

/** `/registry/imports`: choose a kind the user may import, validate a file, look at its row errors, then commit it. */
export function ImportsPage() {
  const t = useT(importsMessages);
  const user = useCurrentUser();
  const kinds = IMPORT_KINDS.filter((k) => IMPORT_KIND_ACCESS[k](user));
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'workers');
  const [file, setFile] = useState<File | null>(null);
  const template = useDownloadTemplate();
  const validate = useStartImport();
  const commit = useStartImport();
  const validateJob = useImportJob(validate.data?.jobId);
  const commitJob = useImportJob(commit.data?.jobId);

  const choose = (next: File | null) => {
    setFile(next);
    validate.reset();
    commit.reset();
  };

  const chooseKind = (next: ImportKind) => {
    setKind(next);
    choose(null);
    template.reset();
  };

  const validated = validateJob.data?.state === 'Completed' ? validateJob.data : undefined;
  const commitStarted = commit.isPending || Boolean(commit.data);
  const canCommit = Boolean(file && validated && validated.rowsValid > 0 && !commitStarted);
  const startError = commit.error ?? validate.error;

  return (
    <PageContainer
      title={t('imports.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() => template.mutate(kind)}
          data-testid="imports-template"
        >
          {t('imports.template.download')}
        </Button>
      }
    >
      <Flex gap="middle" align="center" wrap>
        <Typography.Text strong>{t('imports.kind')}</Typography.Text>
        <Segmented<ImportKind>
          value={kind}
          onChange={chooseKind}
          disabled={validate.isPending || commit.isPending}
          options={kinds.map((value) => ({ value, label: t(`imports.kind.${value}`) }))}
          data-testid="imports-kind"
        />
      </Flex>
      <Typography.Text type="secondary">
        {t(`imports.kind.${kind}.hint`)} {t('imports.subtitle')}
      </Typography.Text>
      {template.error ? <ProblemAlert error={template.error} /> : null}
      <Upload.Dragger
        key={kind}
        accept={IMPORT_ACCEPT}
        maxCount={1}
        multiple={false}
        fileList={file ? [{ uid: 'import-file', name: file.name, size: file.size, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          choose(chosen);
          return false;
        }}
        onRemove={() => {
          choose(null);
          return true;
        }}
        data-testid="imports-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.upload.text')}</p>
        <p className="ant-upload-hint">{t('imports.upload.hint')}</p>
      </Upload.Dragger>
      {!file && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('imports.empty')} data-testid="imports-empty" />}
      {file && (
        <Flex gap="small" wrap>
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            loading={validate.isPending}
            disabled={commitStarted}
            onClick={() => {
              commit.reset();
              validate.mutate({ kind, file, mode: 'validate' });
            }}
            data-testid="imports-validate"
          >
            {t('imports.validate')}
          </Button>
          <Popconfirm
            title={t('imports.commit.confirmTitle')}
            description={t('imports.commit.confirm', {
              valid: validated?.rowsValid ?? 0,
              invalid: validated?.rowsInvalid ?? 0,
            })}
            okText={t('action.confirm')}
            cancelText={t('action.cancel')}
            disabled={!canCommit}
            onConfirm={() => commit.mutate({ kind, file, mode: 'commit' })}
          >
            <Button
              icon={<CloudUploadOutlined />}
              loading={commit.isPending}
              disabled={!canCommit}
              title={validated && validated.rowsValid === 0 ? t('imports.commit.nothingValid') : undefined}
              data-testid="imports-commit"
            >
              {t('imports.commit')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      {startError ? <ProblemAlert error={startError} {...problemMessages(startError, t)} /> : null}
      {validate.data && (
        <ImportJobView
          title={t('imports.step.validate')}
          job={validateJob.data}
          error={validateJob.error}
          onRetry={() => void validateJob.refetch()}
          testId="imports-validation"
        />
      )}
      {commit.data && (
        <ImportJobView
          title={t('imports.step.commit')}
          job={commitJob.data}
          error={commitJob.error}
          onRetry={() => void commitJob.refetch()}
          testId="imports-commit-result"
        />
      )}
    </PageContainer>
  );
}
