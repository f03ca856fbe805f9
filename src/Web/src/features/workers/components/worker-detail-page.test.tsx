import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, type Handler } from '@/testing/fetch-mock';
import { makeWorker, registryCatalogRoutes } from '@/testing/registry';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

async function openWorker(roles: string[], routes: Record<string, Handler> = {}) {
  signIn();
  const mock = mockFetch({
    ...registryCatalogRoutes,
    'GET /api/v1/auth/me': () => json(makeUser({ roles })),
    'GET /api/v1/registry/workers/w-1': () => json(makeWorker(), 200, { ETag: '"v1"' }),
    'GET /api/v1/registry/workers/w-1/employments': () =>
      json([
        {
          id: 'e-2',
          institutionId: 'i-1',
          institutionName: '包头市安心家政服务有限公司',
          employmentType: 'EmployeeBased',
          startedOn: '2024-03-01',
          endedOn: null,
        },
        { id: 'e-1', institutionId: 'i-0', institutionName: '昆区巾帼家政', employmentType: 'Flexible', startedOn: '2020-01-01', endedOn: '2024-02-29' },
      ]),
    'GET /api/v1/registry/workers/w-1/training': () =>
      json([
        {
          enrollmentId: 'en-1', classId: 'c-1', programmeName: '家政服务员岗前培训', category: 'PreJob', className: '第1期',
          providerName: '昆区培训中心', attendedHours: 40, completedOn: '2026-05-10', certificateNumber: 'S-001', skillLevel: 'Level5',
          verificationCode: 'ABCD-EFGH-JKLM-NPQR-S', certificateIssuedOn: '2026-05-17', certificateValidUntil: '2029-05-16',
          certificateStatus: 'Valid', certificateRevokedOn: null,
        },
      ]),
    ...routes,
  });
  const view = renderApp('/registry/workers/w-1');
  await screen.findByTestId('side-menu', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument(), { timeout: 10_000 });
  return { ...mock, ...view };
}

describe('worker page', () => {
  it('reveals the full ID number and phone after a confirmation that says the view is audited', async () => {
    const { requests } = await openWorker(['StreetOfficer'], {
      'POST /api/v1/registry/workers/w-1/reveal': () => json({ idNumber: '150203198005061234', phone: '13912345678' }),
    });

    expect(await screen.findByTestId('worker-id-number')).toHaveTextContent('150203********1234');
    expect(screen.getByTestId('worker-phone')).toHaveTextContent('139****5678');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('reveal-worker'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('审计日志');
    expect(requests('POST /api/v1/registry/workers/w-1/reveal')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: '确认查看' }));

    await waitFor(() => expect(screen.getByTestId('worker-id-number')).toHaveTextContent('150203198005061234'));
    expect(screen.getByTestId('worker-phone')).toHaveTextContent('13912345678');
    expect(requests('POST /api/v1/registry/workers/w-1/reveal')).toHaveLength(1);
    expect(screen.queryByTestId('reveal-worker')).not.toBeInTheDocument();
  });

  it('does not offer the reveal to roles that may not see personal data', async () => {
    for (const role of ['Admin', 'Auditor', 'InstitutionOperator']) {
      const { unmount } = await openWorker([role]);
      expect(await screen.findByTestId('worker-id-number')).toHaveTextContent('150203********1234');
      expect(screen.queryByTestId('reveal-worker')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('shows the credential badge, certificates and the employment history', async () => {
    await openWorker(['Inspector']);

    expect(await screen.findByTestId('worker-name')).toHaveTextContent('李秀英');
    expect(screen.getAllByTestId('credential-badge')[0]).toHaveTextContent('绿码');
    const history = await screen.findByTestId('employment-history');
    expect(await within(history).findByText('昆区巾帼家政')).toBeInTheDocument();
    expect(within(history).getByText('至今')).toBeInTheDocument();
    const training = await screen.findByTestId('training-history');
    expect(await within(training).findByText('家政服务员岗前培训')).toBeInTheDocument();
    expect(within(training).getByText('ABCD-EFGH-JKLM-NPQR-S')).toBeInTheDocument();
    expect(screen.queryByTestId('edit-worker')).not.toBeInTheDocument();
    expect(screen.queryByTestId('revoke-credentials')).not.toBeInTheDocument();
  });

  it('gives writers edit and move, and reviewers the credential revocation', async () => {
    const { unmount } = await openWorker(['InstitutionOperator']);
    expect(await screen.findByTestId('edit-worker')).toBeInTheDocument();
    expect(screen.getByTestId('move-worker')).toBeInTheDocument();
    expect(screen.queryByTestId('revoke-credentials')).not.toBeInTheDocument();
    unmount();

    await openWorker(['DistrictOfficer']);
    expect(await screen.findByTestId('revoke-credentials')).toBeInTheDocument();
    expect(screen.getByTestId('reveal-worker')).toBeInTheDocument();
  });
});
