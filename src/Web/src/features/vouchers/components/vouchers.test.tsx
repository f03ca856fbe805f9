import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { Batch } from '../api/batches';
import { BatchProgress, percentOf } from './batch-progress';
import { DeclarationModal } from './declaration-modal';
import { availableSteps } from './voucher-status';
import { VoucherDetailPage } from './voucher-detail-page';
import { Route, Routes } from 'react-router';

const figure = (count: number, value: number) => ({ count, value });

function makeBatch(overrides: Partial<Batch> = {}): Batch {
  return {
    id: 'b-1',
    name: '2020年促进就业券（第一批）',
    year: 2020,
    quantity: 5000,
    faceValue: 200,
    totalValue: 1_000_000,
    eligibleGroups: ['UrbanUnemployed', 'HardToEmploy'],
    validFrom: '2020-01-01',
    validUntil: '2020-12-31',
    issuedCount: 2500,
    remaining: 2500,
    issuedValue: 500_000,
    remainingValue: 500_000,
    settledValue: 40_000,
    applicationCount: 2600,
    pendingApplicationCount: 100,
    progress: {
      issued: figure(2500, 500_000),
      served: figure(1000, 200_000),
      verified: figure(400, 80_000),
      reimbursed: figure(200, 40_000),
      expired: figure(0, 0),
      voided: figure(3, 600),
    },
    streetQuotas: [],
    createdAt: '2020-01-01T00:00:00Z',
    ...overrides,
  };
}

const streetsRoute = {
  'GET /api/v1/reference/streets': () => json([{ code: '150203001', name: '少先路街道' }, { code: '150203002', name: '沼潭街道' }]),
  'GET /api/v1/vouchers/groups': () => json([{ code: 'UrbanUnemployed', name: '城镇失业人员' }, { code: 'HardToEmploy', name: '就业困难人员' }]),
};

describe('batch progress', () => {
  it('computes the share of the quantity without rounding up to 100%', () => {
    expect(percentOf(2500, 5000)).toBe(50);
    expect(percentOf(4999, 5000)).toBe(99.9);
    expect(percentOf(1, 0)).toBe(0);
  });

  it('shows issued, served, verified and reimbursed with count and value', () => {
    renderWithProviders(<BatchProgress batch={makeBatch()} />);
    expect(screen.getByTestId('batch-progress-issued')).toHaveTextContent('已发放 · 2500 份 / 500000.00 元');
    expect(screen.getByTestId('batch-progress-reimbursed')).toHaveTextContent('已结算 · 200 份 / 40000.00 元');
    expect(within(screen.getByTestId('batch-progress-served')).getByText('20%')).toBeInTheDocument();
  });
});

describe('voucher steps', () => {
  const all = { review: true, serve: true, manage: true };
  it('offers only the steps the state and the role allow', () => {
    expect(availableSteps('Issued', all)).toEqual(['select-institution', 'void']);
    expect(availableSteps('Scheduled', { review: false, serve: true, manage: false })).toEqual(['schedule', 'service']);
    expect(availableSteps('Served', { review: true, serve: false, manage: false })).toEqual(['follow-up', 'verify']);
    expect(availableSteps('Reimbursed', all)).toEqual([]);
    expect(availableSteps('Issued', { review: false, serve: true, manage: false })).toEqual([]);
  });
});

describe('declaration', () => {
  it('shows the API field errors under the fields (duplicate household)', async () => {
    const onClose = vi.fn();
    mockFetch({
      ...streetsRoute,
      'POST /api/v1/vouchers/applications': () =>
        json({ title: 'Conflict', status: 409, code: 'duplicate_household', errors: { idNumber: ['该家庭已在本批次申报（一户一券）。'] } }, 409),
    });
    renderWithProviders(<DeclarationModal batch={makeBatch()} open onClose={onClose} />, '/', makeUser({ roles: ['StreetOfficer'], streetCode: '150203001' }));
    const user = userEvent.setup();
    await user.type(screen.getByTestId('declaration-applicantName'), '王秀英');
    await user.type(screen.getByTestId('declaration-idNumber'), '150203198001010011');
    await user.type(screen.getByTestId('declaration-phone'), '13900000000');
    await user.type(screen.getByTestId('declaration-address'), '钢铁大街 1 号');
    const group = screen.getByTestId('declaration-group');
    fireEvent.mouseDown(within(group).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('城镇失业人员'));
    await user.click(screen.getByTestId('declaration-submit'));

    expect(await screen.findByText('该家庭已在本批次申报（一户一券）。')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('voucher detail', () => {
  const voucher = {
    id: 'v-1', code: 'ABCDEFGHJKLM7', displayCode: 'ABCD-EFGH-JKLM-7', batchId: 'b-1', batchName: '第一批', streetCode: '150203001',
    streetName: '少先路街道', holderName: '王*英', faceValue: 200, validFrom: '2020-01-01', validUntil: '2020-12-31', status: 'Issued',
    issuedAt: '2020-02-01T00:00:00Z', institutionId: null, institutionName: null, businessFormat: null,
    service: { scheduledFor: null, workerName: null, serviceDate: null, durationMinutes: null, serviceItems: null, residentConfirmed: null, servedAt: null },
    followUp: null, verification: null, settlementId: null, voidReason: null, version: 'x',
    timeline: [{ action: 'Issue', fromStatus: null, toStatus: 'Issued', note: null, actor: 'officer', at: '2020-02-01T00:00:00Z' }],
  };

  it('shows the QR code, the timeline and the steps an officer may take', async () => {
    mockFetch({ 'GET /api/v1/vouchers/v-1': () => json(voucher) });
    renderWithProviders(<Routes><Route path="/vouchers/:id" element={<VoucherDetailPage />} /></Routes>, '/vouchers/v-1');
    expect(await screen.findByTestId('voucher-code')).toHaveTextContent('ABCD-EFGH-JKLM-7');
    expect(screen.getByTestId('voucher-qr')).toBeInTheDocument();
    expect(screen.getByTestId('voucher-timeline')).toHaveTextContent('发券');
    expect(screen.getByTestId('voucher-step-select-institution')).toBeInTheDocument();
    expect(screen.queryByTestId('voucher-step-service')).not.toBeInTheDocument();
  });

  it('shows not found for a voucher outside the scope', async () => {
    mockFetch({});
    renderWithProviders(<Routes><Route path="/vouchers/:id" element={<VoucherDetailPage />} /></Routes>, '/vouchers/v-9');
    await waitFor(() => expect(screen.getByText('该券不存在，或不在您的数据范围内。')).toBeInTheDocument());
  });
});
