import { Button, Card, Flex, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useStreets } from '@/lib/reference';
import { canApplySubsidy } from '../access';
import { APPLICATION_STATUSES, chinaYear, useApplications, usePolicies, type ApplicationStatus } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { ApplicationsTable } from './applications-table';

/** 补贴申请: every application in the caller's scope, filtered by item, status, street and year. */
export function ApplicationsPage() {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const streets = useStreets();
  const [year, setYear] = useState<number | undefined>(chinaYear());
  const [itemCode, setItemCode] = useState<string>();
  const [status, setStatus] = useState<ApplicationStatus>();
  const [streetCode, setStreetCode] = useState<string>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const policies = usePolicies(year ?? chinaYear());
  const list = useApplications({ year, itemCode, status, streetCode, ...paging, sort: '-createdAt' });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <PageContainer
      title={t('subsidy.applications.title')}
      extra={
        canApplySubsidy(user) && (
          <Button type="primary" onClick={() => navigate('/subsidy/apply')} data-testid="subsidy-apply">
            {t('subsidy.applications.new')}
          </Button>
        )
      }
    >
      <Card>
        <Flex gap="small" wrap style={{ marginBottom: 16 }}>
          <InputNumber
            placeholder={t('subsidy.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => reset(setYear)(v ?? undefined)}
            data-testid="filter-year"
          />
          <Select
            allowClear
            placeholder={t('subsidy.item')}
            style={{ width: 200 }}
            value={itemCode}
            onChange={reset(setItemCode)}
            options={policies.data?.map((p) => ({ value: p.code, label: p.name }))}
            data-testid="filter-item"
          />
          <Select
            allowClear
            placeholder={t('subsidy.status')}
            style={{ width: 160 }}
            value={status}
            onChange={reset(setStatus)}
            options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`subsidy.status.${s}`) }))}
            data-testid="filter-status"
          />
          <Select
            allowClear
            placeholder={t('subsidy.street')}
            style={{ width: 180 }}
            value={streetCode}
            onChange={reset(setStreetCode)}
            options={streets.data?.map((s) => ({ value: s.code, label: s.name }))}
            data-testid="filter-street"
          />
        </Flex>
        {list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ApplicationsTable
            data={list.data?.items}
            total={list.data?.total ?? 0}
            loading={list.isLoading}
            page={paging.page}
            pageSize={paging.pageSize}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            emptyText={t('subsidy.applications.empty')}
          />
        )}
      </Card>
    </PageContainer>
  );
}
