import { Alert, Card, Descriptions, Flex, Progress, Typography } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { isFinished, type ImportJob } from '../api/get-import-job';
import { importsMessages } from '../locales';
import { ImportErrorsTable } from './import-errors-table';

interface ImportJobViewProps {
  title: string;
  job: ImportJob | undefined;
  error: unknown;
  onRetry: () => void;
  testId: string;
}

/** One job (validation or commit): its progress while it runs, then its counts, errors and result. */
export function ImportJobView({ title, job, error, onRetry, testId }: ImportJobViewProps) {
  const t = useT(importsMessages);
  const finished = isFinished(job?.state);

  return (
    <Card size="small" title={title} data-testid={testId}>
      <Flex vertical gap="middle">
        {error ? <ProblemAlert error={error} onRetry={onRetry} /> : null}
        <div>
          <Progress
            data-testid={`${testId}-progress`}
            percent={finished ? 100 : 60}
            status={job?.state === 'Failed' ? 'exception' : finished ? 'success' : 'active'}
            showInfo={false}
          />
          <Typography.Text type="secondary">
            {job ? `${t(`imports.state.${job.state}`)} · ${t('imports.progress', { rows: job.rowsRead })}` : t('imports.state.Queued')}
          </Typography.Text>
        </div>
        {job?.state === 'Failed' && (
          <Alert type="error" showIcon role="alert" title={t('imports.failed')} description={job.failureReason ?? undefined} />
        )}
        {job && finished && (
          <>
            <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
              <Descriptions.Item label={t('imports.rowsRead')}>
                <span data-testid={`${testId}-rows-read`}>{job.rowsRead}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('imports.rowsValid')}>
                <span data-testid={`${testId}-rows-valid`}>{job.rowsValid}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('imports.rowsInvalid')}>
                <span data-testid={`${testId}-rows-invalid`}>{job.rowsInvalid}</span>
              </Descriptions.Item>
              {job.mode === 'Commit' && (
                <>
                  <Descriptions.Item label={t('imports.created')}>
                    <span data-testid={`${testId}-created`}>{job.created}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('imports.updated')}>
                    <span data-testid={`${testId}-updated`}>{job.updated}</span>
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
            {job.mode === 'Commit' && job.state === 'Completed' && (
              job.duplicateOfJobId ? (
                <Alert type="info" showIcon title={t('imports.duplicate')} data-testid="imports-duplicate" />
              ) : (
                <Alert
                  type="success"
                  showIcon
                  title={t(committedMessage(job.kind), {
                    created: job.created,
                    updated: job.updated,
                  })}
                  data-testid="imports-committed"
                />
              )
            )}
            {job.errors.length > 0 ? (
              <ImportErrorsTable errors={job.errors} truncated={job.errorsTruncated} />
            ) : (
              job.mode === 'Validate' &&
              job.state === 'Completed' && <Alert type="success" showIcon title={t('imports.noErrors')} />
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}

/** The result wording of a kind: people for workers, institutions for institutions, records for every other kind. */
function committedMessage(kind: string) {
  if (kind === 'workers') return 'imports.committed';
  if (kind === 'institutions') return 'imports.committed.institutions';
  return 'imports.committed.records';
}
