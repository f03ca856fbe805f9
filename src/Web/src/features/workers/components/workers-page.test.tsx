import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, xlsx } from '@/testing/download';
import { json, mockFetch } from '@/testing/fetch-mock';
import { makeWorker, registryCatalogRoutes } from '@/testing/registry';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const { birthDate: _birthDate, ...listItem } = makeWorker();

describe('workers page', () => {
  it('lists masked workers with their badge and sends the chosen filters', async () => {
    signIn();
    const { requests } = mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Auditor'] })),
      'GET /api/v1/registry/institutions': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/v1/registry/workers': () => json({ items: [listItem], total: 1, page: 1, pageSize: 20 }),
    });
    renderApp('/registry/workers');

    const table = await screen.findByTestId('workers-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('李秀英')).toBeInTheDocument();
    expect(within(table).getByText('150203********1234')).toBeInTheDocument();
    expect(within(table).getByText('139****5678')).toBeInTheDocument();
    expect(within(table).getByText('绿码')).toBeInTheDocument();
    expect(screen.queryByTestId('create-worker')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByTestId('workers-search'), '１５０２０３１９８００５０６１２３ｘ');
    fireEvent.mouseDown(within(screen.getByTestId('workers-filter-credential')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('黄码'));
    await user.click(screen.getByTestId('workers-search-submit'));

    await waitFor(() => expect(requests('GET /api/v1/registry/workers').length).toBeGreaterThan(1));
    const url = new URL(requests('GET /api/v1/registry/workers').at(-1)!.url);
    expect(url.searchParams.get('search')).toBe('15020319800506123X');
    expect(url.searchParams.get('credentialStatus')).toBe('Yellow');
    expect(url.searchParams.get('page')).toBe('1');
  });

  describe('export', () => {
    afterEach(() => vi.restoreAllMocks());

    it('exports the filtered list (no paging) and saves the file under the name the API gives', async () => {
      signIn();
      const downloads = captureDownloads();
      const { requests } = mockFetch({
        ...registryCatalogRoutes,
        'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
        'GET /api/v1/registry/institutions': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
        'GET /api/v1/registry/workers': () => json({ items: [listItem], total: 1, page: 1, pageSize: 20 }),
        'GET /api/v1/registry/workers/export': () => xlsx('从业人员-20261127.xlsx'),
      });
      renderApp('/registry/workers');
      await screen.findByTestId('workers-table', {}, { timeout: 10_000 });

      const user = userEvent.setup();
      fireEvent.mouseDown(within(screen.getByTestId('workers-filter-credential')).getByRole('combobox'));
      fireEvent.click(await screen.findByTitle('红码'));
      await user.click(screen.getByTestId('workers-search-submit'));
      await waitFor(() => expect(requests('GET /api/v1/registry/workers').length).toBeGreaterThan(1));
      await user.click(screen.getByTestId('export-workers'));

      await waitFor(() => expect(downloads).toEqual(['从业人员-20261127.xlsx']));
      const url = new URL(requests('GET /api/v1/registry/workers/export')[0]!.url);
      expect(url.searchParams.get('credentialStatus')).toBe('Red');
      expect(url.searchParams.has('page')).toBe(false);
    });

    it('shows the problem when the export is refused', async () => {
      signIn();
      captureDownloads();
      mockFetch({
        ...registryCatalogRoutes,
        'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Inspector'] })),
        'GET /api/v1/registry/institutions': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
        'GET /api/v1/registry/workers': () => json({ items: [listItem], total: 1, page: 1, pageSize: 20 }),
        'GET /api/v1/registry/workers/export': () =>
          json({ title: 'Forbidden', status: 403, traceId: '00-export-trace' }, 403),
      });
      renderApp('/registry/workers');
      await userEvent.setup().click(await screen.findByTestId('export-workers', {}, { timeout: 10_000 }));

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByTestId('trace-id')).toHaveTextContent('00-export-trace');
    });
  });
});
