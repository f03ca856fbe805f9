import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import type { ApiClient } from '../api/get-clients';
import { WebhooksPanel } from './webhooks-drawer';

const client: ApiClient = {
  id: 'c-1',
  clientId: 'jf_0123456789',
  name: '联盟网络平台',
  scopes: ['vouchers.read', 'integration.webhooks'],
  institutionIds: ['i-1'],
  isRevoked: false,
  createdAt: '2026-11-27T08:00:00+00:00',
  revokedAt: null,
  lastUsedAt: null,
};

const subscription = {
  id: 's-1',
  clientId: 'c-1',
  url: 'https://partner.example.com/hooks/jiafu',
  eventTypes: ['voucher.assigned-to-institution'],
  description: null,
  createdAt: '2026-11-27T09:00:00+00:00',
  secretRotatedAt: null,
  isActive: true,
  deletedAt: null,
};

const eventTypes = [
  { type: 'voucher.assigned-to-institution', description: 'A voucher was assigned (促进就业券选定机构).', scopes: ['vouchers.read', 'vouchers.services.write'] },
  { type: 'subsidy.application-paid', description: 'A subsidy was paid (补贴已拨付).', scopes: ['subsidy.read', 'subsidy.write'] },
];

const delivery = (overrides: Record<string, unknown> = {}) => ({
  id: 'd-1',
  subscriptionId: 's-1',
  eventId: 'e-1',
  eventType: 'voucher.assigned-to-institution',
  status: 'Failed',
  attempts: 3,
  createdAt: '2026-11-27T10:00:00+00:00',
  nextAttemptAt: null,
  completedAt: '2026-11-27T10:05:00+00:00',
  lastStatusCode: 503,
  lastDurationMs: 87,
  lastError: 'The receiver answered 503.',
  replayOf: null,
  attemptLog: [],
  payload: null,
  ...overrides,
});

const usage = {
  clientId: 'c-1',
  from: '2026-11-14',
  to: '2026-11-27',
  days: [
    { date: '2026-11-26', deliveries: 4, succeeded: 3, failed: 1, pending: 0, attempts: 6 },
    { date: '2026-11-27', deliveries: 2, succeeded: 2, failed: 0, pending: 0, attempts: 2 },
  ],
};

function routes(extra: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({
    'GET /api/v1/integration/webhooks': () => json({ items: [subscription], total: 1, page: 1, pageSize: 50 }),
    'GET /api/v1/integration/webhooks/usage': () => json(usage),
    'GET /api/v1/integration/webhooks/event-types': () => json(eventTypes),
    'GET /api/v1/integration/webhooks/s-1/deliveries': () => json({ items: [delivery()], total: 1, page: 1, pageSize: 10 }),
    ...extra,
  });
}

describe('webhooks panel', () => {
  it('lists subscriptions and totals the usage of the last days', async () => {
    routes();
    renderWithProviders(<WebhooksPanel client={client} />);

    expect(await screen.findByText(subscription.url)).toBeInTheDocument();
    const usagePanel = screen.getByTestId('webhook-usage');
    await waitFor(() => expect(within(usagePanel).getByText('6')).toBeInTheDocument());
    expect(within(usagePanel).getByText('5')).toBeInTheDocument();
    expect(within(usagePanel).getByText('1')).toBeInTheDocument();
  });

  it('offers only the event types the client is entitled to and shows the secret once', async () => {
    const { requests } = routes({
      'POST /api/v1/integration/webhooks': () =>
        json({ subscription: { ...subscription, id: 's-2', url: 'https://new.example.com/hook' }, secret: 'whsec_shown_once' }, 201),
    });
    renderWithProviders(<WebhooksPanel client={client} />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('create-subscription'));
    await user.type(await screen.findByTestId('subscription-form-url'), 'https://new.example.com/hook');
    fireEvent.mouseDown(within(screen.getByTestId('subscription-form-eventTypes')).getByRole('combobox'));
    expect(await screen.findByTitle(/voucher\.assigned-to-institution/)).toBeInTheDocument();
    expect(screen.queryByTitle(/subsidy\.application-paid/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByTitle(/voucher\.assigned-to-institution/));
    await user.click(screen.getByTestId('subscription-form-submit'));

    expect(await screen.findByTestId('subscription-secret')).toHaveTextContent('whsec_shown_once');
    expect(await requests('POST /api/v1/integration/webhooks')[0]!.json()).toEqual({
      clientId: 'c-1',
      url: 'https://new.example.com/hook',
      eventTypes: ['voucher.assigned-to-institution'],
      description: null,
    });
    // The secret lives only in that modal: the subscriptions table never shows it.
    expect(within(screen.getByTestId('subscriptions-table')).queryByText('whsec_shown_once')).not.toBeInTheDocument();
  });

  it('puts a field error from the API under its field', async () => {
    routes({
      'POST /api/v1/integration/webhooks': () =>
        json({ title: 'One or more validation errors occurred.', status: 400, errors: { url: ['须为 https 地址。'] } }, 400),
    });
    renderWithProviders(<WebhooksPanel client={client} />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('create-subscription'));
    await user.type(await screen.findByTestId('subscription-form-url'), 'http://partner.example.com');
    fireEvent.mouseDown(within(screen.getByTestId('subscription-form-eventTypes')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle(/voucher\.assigned-to-institution/));
    await user.click(screen.getByTestId('subscription-form-submit'));

    expect(await screen.findByText('须为 https 地址。')).toBeInTheDocument();
  });

  it('pings a subscription, shows its delivery log with code and duration, and replays a delivery', async () => {
    const { requests } = routes({
      'POST /api/v1/integration/webhooks/s-1/ping': () => json(delivery({ id: 'd-2', status: 'Pending', attempts: 0 }), 202),
      'POST /api/v1/integration/webhooks/deliveries/d-1/replay': () => json(delivery({ id: 'd-3', status: 'Pending', replayOf: 'd-1' }), 202),
    });
    renderWithProviders(<WebhooksPanel client={client} />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('ping-s-1'));
    await waitFor(() => expect(requests('POST /api/v1/integration/webhooks/s-1/ping')).toHaveLength(1));
    const log = await screen.findByTestId('deliveries-table');
    expect(await within(log).findByText('503')).toBeInTheDocument();
    expect(within(log).getByText('87 ms')).toBeInTheDocument();
    await user.click(within(log).getByTestId('replay-d-1'));

    await waitFor(() => expect(requests('POST /api/v1/integration/webhooks/deliveries/d-1/replay')).toHaveLength(1));
  });

  it('shows the empty state when the client has no subscription', async () => {
    routes({ 'GET /api/v1/integration/webhooks': () => json({ items: [], total: 0, page: 1, pageSize: 50 }) });
    renderWithProviders(<WebhooksPanel client={client} />);

    expect(await screen.findByText('暂无事件订阅')).toBeInTheDocument();
  });

  it('deletes a subscription after confirmation', async () => {
    const { requests } = routes({ 'DELETE /api/v1/integration/webhooks/s-1': () => noContent() });
    renderWithProviders(<WebhooksPanel client={client} />);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('delete-s-1'));
    await user.click(await screen.findByRole('button', { name: /确\s?定/ }));

    await waitFor(() => expect(requests('DELETE /api/v1/integration/webhooks/s-1')).toHaveLength(1));
  });
});
