import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, type Handler } from '@/testing/fetch-mock';
import { makeInstitution, registryCatalogRoutes } from '@/testing/registry';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

/** Signs in with `roles` and opens the page of institution i-1 (the lazy page's first load can take a while). */
async function openInstitution(roles: string[], institution: Record<string, unknown>, routes: Record<string, Handler> = {}) {
  signIn();
  const mock = mockFetch({
    ...registryCatalogRoutes,
    'GET /api/v1/auth/me': () => json(makeUser({ roles })),
    'GET /api/v1/registry/institutions/i-1': () => json(makeInstitution(institution), 200, { ETag: '"v1"' }),
    ...routes,
  });
  const view = renderApp('/registry/institutions/i-1');
  await screen.findByTestId('side-menu', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument(), { timeout: 10_000 });
  return { ...mock, ...view };
}

describe('institution page', () => {
  it('shows the review steps to a district officer and sends a rejection with its reason and the ETag', async () => {
    const { requests } = await openInstitution(['DistrictOfficer'], { status: 'PendingRecognition' }, {
      'POST /api/v1/registry/institutions/i-1/reject': () =>
        json(makeInstitution({ status: 'Rejected', statusReason: '材料不全' }), 200, { ETag: '"v2"' }),
    });

    expect(await screen.findByTestId('institution-name')).toHaveTextContent('包头市安心家政服务有限公司');
    expect(screen.getAllByText('待认定')).not.toHaveLength(0);
    expect(screen.getByTestId('institution-action-recognise')).toBeInTheDocument();
    expect(screen.queryByTestId('institution-action-apply-recognition')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByTestId('institution-action-reject'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('institution-action-ok'));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(requests('POST /api/v1/registry/institutions/i-1/reject')).toHaveLength(0);

    await user.type(within(dialog).getByTestId('institution-action-text'), '材料不全');
    await user.click(within(dialog).getByTestId('institution-action-ok'));

    await waitFor(() => expect(requests('POST /api/v1/registry/institutions/i-1/reject')).toHaveLength(1));
    const [sent] = requests('POST /api/v1/registry/institutions/i-1/reject');
    expect(await sent!.json()).toEqual({ reason: '材料不全' });
    expect(sent!.headers.get('If-Match')).toBe('"v1"');
  });

  it('gives an auditor the tabs but no action and no edit', async () => {
    await openInstitution(['Auditor'], { status: 'PendingRecognition' });

    expect(await screen.findByTestId('institution-profile')).toHaveTextContent('91150203MA0N000001');
    for (const tab of ['基本信息', '从业人员', '服务站点', '员工制备案', '品牌称号', '状态记录']) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(screen.queryByTestId('institution-action-recognise')).not.toBeInTheDocument();
    expect(screen.queryByTestId('institution-action-reject')).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-institution')).not.toBeInTheDocument();
  });

  it('lets a street officer apply for recognition, without a reason', async () => {
    const { requests } = await openInstitution(['StreetOfficer'], { status: 'Registered' }, {
      'POST /api/v1/registry/institutions/i-1/apply-recognition': () => json(makeInstitution({ status: 'PendingRecognition' })),
    });

    const user = userEvent.setup();
    await user.click(await screen.findByTestId('institution-action-apply-recognition'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByTestId('institution-action-text')).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId('institution-action-ok'));

    await waitFor(() => expect(requests('POST /api/v1/registry/institutions/i-1/apply-recognition')).toHaveLength(1));
    expect(screen.queryByTestId('institution-action-recognise')).not.toBeInTheDocument();
  });

  it('explains a stale edit (412) and reloads', async () => {
    let version = 1;
    const { requests } = await openInstitution(['Admin'], {}, {
      'GET /api/v1/registry/institutions/i-1': () => json(makeInstitution({ name: `机构 v${version}` }), 200, { ETag: `"v${version}"` }),
      'PUT /api/v1/registry/institutions/i-1': () => json({ title: 'Precondition failed', status: 412, code: 'stale_version' }, 412),
    });

    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-institution'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('institution-form-creditCode')).toBeDisabled();
    await user.click(within(dialog).getByTestId('institution-form-submit'));

    expect(await within(dialog).findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    expect(requests('PUT /api/v1/registry/institutions/i-1')[0]!.headers.get('If-Match')).toBe('"v1"');
    expect(await requests('PUT /api/v1/registry/institutions/i-1')[0]!.json()).not.toHaveProperty('creditCode');

    version = 2;
    await user.click(within(dialog).getByTestId('institution-reload'));
    await waitFor(() => expect(within(dialog).getByTestId('institution-form-name')).toHaveValue('机构 v2'));
  });

  it('says so when the institution is not there (or not in scope)', async () => {
    await openInstitution(['StreetOfficer'], {}, {
      'GET /api/v1/registry/institutions/i-1': () => json({ title: 'Not found', status: 404, traceId: '00-x' }, 404),
    });
    expect(await screen.findByText('机构不存在')).toBeInTheDocument();
  });

  it('shows a server error with its trace id', async () => {
    await openInstitution(['Admin'], {}, {
      'GET /api/v1/registry/institutions/i-1': () =>
        json({ title: 'Internal server error', status: 500, traceId: '00-trace-500' }, 500),
    });
    expect(await screen.findByText('Internal server error')).toBeInTheDocument();
    expect(screen.getByText(/00-trace-500/)).toBeInTheDocument();
  });

  it('lists the workers of the institution in its workers tab', async () => {
    const { requests } = await openInstitution(['Admin'], {}, {
      'GET /api/v1/registry/workers': () =>
        json({
          items: [
            {
              id: 'w-1',
              name: '李秀英',
              idNumberMasked: '150203********1234',
              gender: 'Female',
              age: 45,
              phoneMasked: '139****5678',
              institutionId: 'i-1',
              institutionName: '包头市安心家政服务有限公司',
              streetCode: '150203001',
              employmentType: 'EmployeeBased',
              jobTypes: ['Housekeeper'],
              credentialStatus: 'Yellow',
              createdAt: '2025-01-02T03:04:05Z',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 20,
        }),
    });

    await userEvent.setup().click(await screen.findByRole('tab', { name: '从业人员' }));

    const table = await screen.findByTestId('workers-table');
    expect(await within(table).findByText('李秀英')).toBeInTheDocument();
    expect(within(table).getByText('150203********1234')).toBeInTheDocument();
    expect(within(table).getByText('黄码')).toBeInTheDocument();
    const url = new URL(requests('GET /api/v1/registry/workers')[0]!.url);
    expect(url.searchParams.get('institutionId')).toBe('i-1');
    expect(screen.getByTestId('create-institution-worker')).toBeInTheDocument();
  });
});
