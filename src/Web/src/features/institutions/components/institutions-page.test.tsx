import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, xlsx } from '@/testing/download';
import { json, mockFetch } from '@/testing/fetch-mock';
import { makeInstitution, registryCatalogRoutes } from '@/testing/registry';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const { address: _a, legalRepresentative: _l, contactPhone: _c, ...listItem } = makeInstitution();

afterEach(() => vi.restoreAllMocks());

describe('institutions page export', () => {
  it('exports with the current filters and sort, without paging, and saves the dated file the API names', async () => {
    signIn();
    const downloads = captureDownloads();
    const { requests } = mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'GET /api/v1/registry/institutions': () => json({ items: [listItem], total: 1, page: 1, pageSize: 20 }),
      'GET /api/v1/registry/institutions/export': () => xlsx('机构名录-20261127.xlsx'),
    });
    renderApp('/registry/institutions');
    const table = await screen.findByTestId('institutions-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('包头市安心家政服务有限公司')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByTestId('institutions-search'), '安心');
    fireEvent.mouseDown(within(screen.getByTestId('institutions-filter-street')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('沼潭街道'));
    await user.click(screen.getByTestId('institutions-search-submit'));
    await waitFor(() => expect(requests('GET /api/v1/registry/institutions').length).toBeGreaterThan(1));

    await user.click(screen.getByTestId('export-institutions'));

    await waitFor(() => expect(downloads).toEqual(['机构名录-20261127.xlsx']));
    const url = new URL(requests('GET /api/v1/registry/institutions/export')[0]!.url);
    expect(url.searchParams.get('search')).toBe('安心');
    expect(url.searchParams.get('streetCode')).toBe('150203002');
    expect(url.searchParams.has('page')).toBe(false);
    expect(url.searchParams.has('pageSize')).toBe(false);
    expect(requests('GET /api/v1/registry/institutions/export')[0]!.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('shows a loading button while exporting and the reason when the API refuses', async () => {
    signIn();
    captureDownloads();
    let refuse: (response: Response) => void = () => undefined;
    mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/registry/institutions': () => json({ items: [listItem], total: 1, page: 1, pageSize: 20 }),
      'GET /api/v1/registry/institutions/export': () =>
        new Promise<Response>((resolve) => {
          refuse = resolve;
        }),
    });
    renderApp('/registry/institutions');
    const button = await screen.findByTestId('export-institutions', {}, { timeout: 10_000 });

    await userEvent.setup().click(button);
    await waitFor(() => expect(button).toHaveClass('ant-btn-loading'));
    refuse(
      json(
        {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { filters: ['导出结果共120000行，超过单次上限100000行，请缩小筛选范围。'] },
        },
        400,
      ),
    );

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('导出结果共120000行，超过单次上限100000行，请缩小筛选范围。')).toBeInTheDocument();
    await waitFor(() => expect(button).not.toHaveClass('ant-btn-loading'));
  });
});
