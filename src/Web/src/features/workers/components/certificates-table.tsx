import { Table, Tag, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useT } from '@/lib/i18n';
import type { Certificate } from '../api/get-worker';
import { workersMessages } from '../locales';

/** 证书: the worker's vocational certificates; an expired one is marked. */
export function CertificatesTable({ certificates }: { certificates: Certificate[] }) {
  const t = useT(workersMessages);
  const today = dayjs().format('YYYY-MM-DD');
  const columns: TableProps<Certificate>['columns'] = [
    { title: t('workers.certificate.name'), dataIndex: 'name' },
    { title: t('workers.certificate.number'), dataIndex: 'number' },
    { title: t('workers.certificate.level'), dataIndex: 'level' },
    { title: t('workers.certificate.issuedOn'), dataIndex: 'issuedOn' },
    {
      title: t('workers.certificate.expiresOn'),
      dataIndex: 'expiresOn',
      render: (expiresOn: string | null | undefined) =>
        expiresOn && expiresOn < today ? (
          <>
            {expiresOn} <Tag color="warning">{t('workers.certificate.expired')}</Tag>
          </>
        ) : (
          expiresOn
        ),
    },
  ];
  return (
    <Table<Certificate>
      rowKey={(certificate) => `${certificate.name}-${certificate.number ?? ''}-${certificate.issuedOn ?? ''}`}
      size="small"
      data-testid="certificates-table"
      columns={columns}
      dataSource={certificates}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
