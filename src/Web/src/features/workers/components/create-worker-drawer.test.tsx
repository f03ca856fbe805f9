import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { makeWorker, registryCatalogRoutes } from '@/testing/registry';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import { CreateWorkerDrawer } from './create-worker-drawer';

const institution = { id: 'i-1', name: '包头市安心家政服务有限公司' };
const noInstitutions = () => json({ items: [], total: 0, page: 1, pageSize: 20 });

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(await screen.findByTestId('worker-form-name'), '李秀英');
  await user.type(screen.getByTestId('worker-form-idNumber'), '11010519491231002x');
  await user.type(screen.getByTestId('worker-form-phone'), '13912345678');
  fireEvent.mouseDown(within(screen.getByTestId('worker-form-jobTypes')).getByRole('combobox'));
  fireEvent.click(await screen.findByTitle('养老护理员'));
  await user.click(screen.getByTestId('worker-form-submit'));
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('register a worker', () => {
  it('registers the worker at the institution it was opened from', async () => {
    const onClose = vi.fn();
    const { requests } = mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/registry/institutions': noInstitutions,
      'POST /api/v1/registry/workers': () => json(makeWorker({ id: 'w-9' }), 201),
    });
    renderWithProviders(<CreateWorkerDrawer open institution={institution} onClose={onClose} />);

    expect(await screen.findByText('包头市安心家政服务有限公司')).toBeInTheDocument();
    await fillAndSubmit();

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests('POST /api/v1/registry/workers')[0]!.json()).toEqual({
      name: '李秀英',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      institutionId: 'i-1',
      employmentType: 'EmployeeBased',
      jobTypes: ['ElderlyCarer'],
      healthCheckDate: null,
      accidentInsuranceValidUntil: null,
      identityVerified: false,
      certificates: [],
    });
  });

  it('shows a bad ID number and an already registered person under the ID number', async () => {
    let duplicate = false;
    mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/registry/institutions': noInstitutions,
      'POST /api/v1/registry/workers': () =>
        duplicate
          ? json({ status: 409, title: 'Conflict', code: 'duplicate' }, 409)
          : json({ status: 400, title: 'One or more fields are invalid.', errors: { idNumber: ['身份证号校验位错误'] } }, 400),
    });
    renderWithProviders(<CreateWorkerDrawer open institution={institution} onClose={() => {}} />);

    await fillAndSubmit();
    await waitFor(() => expect(fieldOf('worker-form-idNumber')).toHaveTextContent('身份证号校验位错误'));

    duplicate = true;
    await userEvent.setup().click(screen.getByTestId('worker-form-submit'));
    await waitFor(() => expect(fieldOf('worker-form-idNumber')).toHaveTextContent('该身份证号已登记（一人一档）'));
  });

  it('does not let an institution operator record identity verification', async () => {
    mockFetch({ ...registryCatalogRoutes, 'GET /api/v1/registry/institutions': noInstitutions });
    renderWithProviders(
      <CreateWorkerDrawer open institution={institution} onClose={() => {}} />,
      '/',
      makeUser({ roles: ['InstitutionOperator'], institutionId: 'i-1', institutionIds: ['i-1'] }),
    );
    expect(await screen.findByTestId('worker-form-identityVerified')).toBeDisabled();
  });

  it('opens empty again after a worker was registered', async () => {
    mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/registry/institutions': noInstitutions,
      'POST /api/v1/registry/workers': () => json(makeWorker({ id: 'w-9' }), 201),
    });
    function Harness() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            reopen
          </button>
          <CreateWorkerDrawer open={open} institution={institution} onClose={() => setOpen(false)} />
        </>
      );
    }
    renderWithProviders(<Harness />);
    await fillAndSubmit();
    await screen.findByText('从业人员已登记');
    await waitFor(() => expect(screen.queryByTestId('worker-form-name')).not.toBeInTheDocument());

    await userEvent.setup().click(screen.getByRole('button', { name: 'reopen' }));

    expect(await screen.findByTestId('worker-form-name')).toHaveValue('');
    expect(screen.getByTestId('worker-form-idNumber')).toHaveValue('');
    expect(within(screen.getByTestId('worker-form-jobTypes')).queryByText('养老护理员')).not.toBeInTheDocument();
  });
});
