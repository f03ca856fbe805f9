import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '@/testing/download';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const file = () => new File(['姓名,身份证号码\n李秀英,150203198005061234\n'], 'workers.csv', { type: 'text/csv' });

function makeJob(overrides: Record<string, unknown> = {}) {
  return {
    jobId: 'job-v',
    module: 'registry',
    kind: 'workers',
    mode: 'Validate',
    state: 'Completed',
    format: 'csv',
    rowsRead: 3,
    rowsValid: 2,
    rowsInvalid: 1,
    created: 0,
    updated: 0,
    errors: [{ row: 2, column: 'idNumber', message: '身份证号校验位错误' }],
    errorsTruncated: false,
    duplicateOfJobId: null,
    failureReason: null,
    createdAt: '2025-05-01T08:00:00Z',
    startedAt: '2025-05-01T08:00:00Z',
    finishedAt: '2025-05-01T08:00:01Z',
    ...overrides,
  };
}

const accepted = (jobId: string) => json({ jobId, state: 'Queued', statusUrl: `/api/v1/imports/${jobId}` }, 202);

async function chooseFile() {
  renderApp('/registry/imports');
  const user = userEvent.setup();
  expect(await screen.findByTestId('imports-empty', {}, { timeout: 10_000 })).toBeInTheDocument();
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, file());
  expect(await screen.findByText('workers.csv')).toBeInTheDocument();
  expect(screen.queryByTestId('imports-empty')).not.toBeInTheDocument();
  return user;
}

describe('imports page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('validates the file, shows the row errors, then commits and shows the created count', async () => {
    signIn();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'POST /api/v1/registry/imports/workers': (request) =>
        accepted(new URL(request.url).searchParams.get('mode') === 'commit' ? 'job-c' : 'job-v'),
      'GET /api/v1/imports/job-v': () => json(makeJob()),
      'GET /api/v1/imports/job-c': () =>
        json(makeJob({ jobId: 'job-c', mode: 'Commit', created: 2, updated: 0, errors: [{ row: 2, column: 'idNumber', message: '身份证号校验位错误' }] })),
    });
    const user = await chooseFile();
    expect(screen.getByTestId('imports-commit')).toBeDisabled();

    await user.click(screen.getByTestId('imports-validate'));
    const validation = await screen.findByTestId('imports-validation');
    const table = await within(validation).findByTestId('imports-errors-table');
    expect(within(table).getByText('身份证号校验位错误')).toBeInTheDocument();
    expect(within(table).getByText('idNumber')).toBeInTheDocument();
    expect(within(validation).getByTestId('imports-validation-rows-valid')).toHaveTextContent('2');
    expect(within(validation).getByTestId('imports-validation-rows-invalid')).toHaveTextContent('1');
    const upload = requests('POST /api/v1/registry/imports/workers')[0]!;
    expect(new URL(upload.url).searchParams.get('mode')).toBe('validate');
    expect(upload.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.headers.get('Authorization')).toBe('Bearer access-1');

    await waitFor(() => expect(screen.getByTestId('imports-commit')).toBeEnabled());
    await user.click(screen.getByTestId('imports-commit'));
    expect(await screen.findByText('将写入 2 行有效数据；1 行有错误的数据将被跳过。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /确\s*定/ }));

    const result = await screen.findByTestId('imports-commit-result');
    expect(await within(result).findByTestId('imports-commit-result-created')).toHaveTextContent('2');
    expect(within(result).getByTestId('imports-committed')).toHaveTextContent('新增 2 人');
    expect(new URL(requests('POST /api/v1/registry/imports/workers')[1]!.url).searchParams.get('mode')).toBe('commit');
  });

  it('says when the file was already imported', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser()),
      'POST /api/v1/registry/imports/workers': (request) =>
        accepted(new URL(request.url).searchParams.get('mode') === 'commit' ? 'job-c' : 'job-v'),
      'GET /api/v1/imports/job-v': () => json(makeJob({ errors: [], rowsInvalid: 0 })),
      'GET /api/v1/imports/job-c': () => json(makeJob({ jobId: 'job-c', mode: 'Commit', errors: [], duplicateOfJobId: 'job-0' })),
    });
    const user = await chooseFile();
    await user.click(screen.getByTestId('imports-validate'));
    expect(await screen.findByText('全部数据校验通过')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('imports-commit')).toBeEnabled());
    await user.click(screen.getByTestId('imports-commit'));
    await screen.findByText('将写入 2 行有效数据；0 行有错误的数据将被跳过。');
    await user.click(screen.getByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByTestId('imports-duplicate')).toHaveTextContent('该文件已导入过，未重复写入');
  });

  it('shows a 400 errors.file problem with its trace id', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['InstitutionOperator'] })),
      'POST /api/v1/registry/imports/workers': () =>
        json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            traceId: '00-import-trace-01',
            errors: { file: ['缺少必填列：身份证号码'] },
          },
          400,
        ),
    });
    const user = await chooseFile();
    await user.click(screen.getByTestId('imports-validate'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('缺少必填列：身份证号码')).toBeInTheDocument();
    expect(within(alert).getByTestId('trace-id')).toHaveTextContent('00-import-trace-01');
    expect(screen.queryByTestId('imports-validation')).not.toBeInTheDocument();
    expect(screen.getByTestId('imports-commit')).toBeDisabled();
  });

  it('imports institutions when that kind is chosen: its template, its upload path and its result wording', async () => {
    signIn();
    const downloads = captureDownloads();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/registry/imports/institutions/template': () =>
        new Response('PK', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
      'POST /api/v1/registry/imports/institutions': (request) =>
        accepted(new URL(request.url).searchParams.get('mode') === 'commit' ? 'job-c' : 'job-v'),
      'GET /api/v1/imports/job-v': () =>
        json(makeJob({ kind: 'institutions', errors: [{ row: 2, column: 'creditCode', message: '统一社会信用代码校验位错误' }] })),
      'GET /api/v1/imports/job-c': () => json(makeJob({ jobId: 'job-c', kind: 'institutions', mode: 'Commit', created: 2, updated: 1 })),
    });
    renderApp('/registry/imports');
    const user = userEvent.setup();
    const kind = await screen.findByTestId('imports-kind', {}, { timeout: 10_000 });
    await user.click(within(kind).getByText('家庭服务机构'));
    expect(screen.getByText(/按统一社会信用代码识别/)).toBeInTheDocument();

    await user.click(screen.getByTestId('imports-template'));
    await waitFor(() => expect(downloads).toEqual(['institutions-import-template.xlsx']));
    expect(requests('GET /api/v1/registry/imports/workers/template')).toHaveLength(0);

    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['机构名称,统一社会信用代码\n'], 'institutions.csv', { type: 'text/csv' }));
    await user.click(await screen.findByTestId('imports-validate'));
    const validation = await screen.findByTestId('imports-validation');
    expect(await within(validation).findByText('统一社会信用代码校验位错误')).toBeInTheDocument();
    expect(requests('POST /api/v1/registry/imports/workers')).toHaveLength(0);
    expect(new URL(requests('POST /api/v1/registry/imports/institutions')[0]!.url).searchParams.get('mode')).toBe('validate');

    await waitFor(() => expect(screen.getByTestId('imports-commit')).toBeEnabled());
    await user.click(screen.getByTestId('imports-commit'));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    const result = await screen.findByTestId('imports-commit-result');
    expect(await within(result).findByTestId('imports-committed')).toHaveTextContent('新增 2 家机构，更新 1 家');
  });

  it('offers only the kinds the role may import, and commits household service records to the subsidy import', async () => {
    signIn();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'POST /api/v1/subsidy/imports/service-records': (request) =>
        accepted(new URL(request.url).searchParams.get('mode') === 'commit' ? 'job-c' : 'job-v'),
      'GET /api/v1/imports/job-v': () => json(makeJob({ kind: 'service-records' })),
      'GET /api/v1/imports/job-c': () => json(makeJob({ jobId: 'job-c', kind: 'service-records', mode: 'Commit', created: 3, updated: 0 })),
    });
    renderApp('/registry/imports');
    const user = userEvent.setup();
    const kind = await screen.findByTestId('imports-kind', {}, { timeout: 10_000 });
    // training.write is for district officers and institutions, not street officers.
    expect(within(kind).queryByText('培训报名')).not.toBeInTheDocument();
    expect(within(kind).queryByText('培训考勤')).not.toBeInTheDocument();
    await user.click(within(kind).getByText('居民家庭服务记录'));
    expect(screen.getByText(/服务费用减免的依据/)).toBeInTheDocument();

    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['服务日期\n'], 'records.csv', { type: 'text/csv' }));
    await user.click(await screen.findByTestId('imports-validate'));
    await waitFor(() => expect(screen.getByTestId('imports-commit')).toBeEnabled());
    await user.click(screen.getByTestId('imports-commit'));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    const result = await screen.findByTestId('imports-commit-result');
    expect(await within(result).findByTestId('imports-committed')).toHaveTextContent('新增 3 条，更新 0 条');
    expect(requests('POST /api/v1/registry/imports/workers')).toHaveLength(0);
    expect(new URL(requests('POST /api/v1/subsidy/imports/service-records')[1]!.url).searchParams.get('mode')).toBe('commit');
  });

  it('clears the chosen file and results when the kind changes', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser()),
      'POST /api/v1/registry/imports/workers': () => accepted('job-v'),
      'GET /api/v1/imports/job-v': () => json(makeJob()),
    });
    const user = await chooseFile();
    await user.click(screen.getByTestId('imports-validate'));
    expect(await screen.findByTestId('imports-validation')).toBeInTheDocument();

    await user.click(within(screen.getByTestId('imports-kind')).getByText('家庭服务机构'));

    expect(await screen.findByTestId('imports-empty')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('workers.csv')).not.toBeInTheDocument());
    expect(screen.queryByTestId('imports-validation')).not.toBeInTheDocument();
  });
});
