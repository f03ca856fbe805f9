import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { ImportRowError } from '../api/get-import-job';
import { importsMessages } from '../locales';
import { errorsToCsv } from './error-csv';
import { saveBlob } from '@/lib/download';

interface ImportErrorsTableProps {
  errors: ImportRowError[];
  truncated: boolean;
}

/** The job's row errors, paged, with a CSV download of all of them. */
export function ImportErrorsTable({ errors, truncated }: ImportErrorsTableProps) {
  const t = useT(importsMessages);

  const download = () => {
    const csv = errorsToCsv(errors, {
      row: t('imports.errors.row'),
      column: t('imports.errors.column'),
      message: t('imports.errors.message'),
    });
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), t('imports.errors.fileName'));
  };

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text strong>{t('imports.errors.title')}</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="imports-download-errors">
          {t('imports.errors.download')}
        </Button>
      </Flex>
      {truncated && <Alert type="warning" showIcon title={t('imports.errors.truncated', { count: errors.length })} />}
      <Table<ImportRowError>
        data-testid="imports-errors-table"
        size="small"
        rowKey={(error) => `${error.row}-${error.column ?? ''}-${error.message}`}
        dataSource={errors}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (total) => t('state.total', { total }) }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('imports.errors.row'), width: 90 },
          { key: 'column', dataIndex: 'column', title: t('imports.errors.column'), width: 200, render: (value?: string | null) => value ?? '—' },
          { key: 'message', dataIndex: 'message', title: t('imports.errors.message') },
        ]}
      />
    </Flex>
  );
}
