import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { makeInstitution, registryCatalogRoutes } from '@/testing/registry';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import { CreateInstitutionModal } from './create-institution-modal';

async function chooseOption(testId: string, title: string) {
  const select = await screen.findByTestId(testId);
  fireEvent.mouseDown(within(select).getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(title));
}

async function fillAndSubmit(creditCode = '91150203MA0N000001') {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('institution-form-name'), '包头市安心家政服务有限公司');
  await user.type(screen.getByTestId('institution-form-creditCode'), creditCode);
  await chooseOption('institution-form-streetCode', '沼潭街道');
  await user.type(screen.getByTestId('institution-form-address'), '沼潭街道 8 号');
  await user.type(screen.getByTestId('institution-form-legalRepresentative'), '王丽');
  await user.type(screen.getByTestId('institution-form-contactPhone'), '0472-5100000');
  await chooseOption('institution-form-businessFormats', '家政服务');
  await user.click(screen.getByTestId('institution-form-submit'));
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('create institution', () => {
  it('sends the trimmed, upper-cased form and closes on success', async () => {
    const onClose = vi.fn();
    const { requests } = mockFetch({
      ...registryCatalogRoutes,
      'POST /api/v1/registry/institutions': async (request) => json(makeInstitution({ id: 'i-7', ...(await request.json()) }), 201),
    });
    renderWithProviders(<CreateInstitutionModal open onClose={onClose} />);

    await fillAndSubmit(' 91150203ma0n000001 ');

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests('POST /api/v1/registry/institutions')[0]!.json()).toEqual({
      name: '包头市安心家政服务有限公司',
      creditCode: '91150203MA0N000001',
      streetCode: '150203002',
      address: '沼潭街道 8 号',
      legalRepresentative: '王丽',
      contactPhone: '0472-5100000',
      businessFormats: ['Housekeeping'],
      isAllianceMember: false,
      allianceJoinedOn: null,
    });
  });

  it('shows a failed GB 32100 check under the credit code', async () => {
    const onClose = vi.fn();
    mockFetch({
      ...registryCatalogRoutes,
      'POST /api/v1/registry/institutions': () =>
        json(
          {
            title: 'One or more fields are invalid.',
            status: 400,
            traceId: '00-trace-01',
            errors: { creditCode: ['统一社会信用代码校验位错误。'] },
          },
          400,
        ),
    });
    renderWithProviders(<CreateInstitutionModal open onClose={onClose} />);

    await fillAndSubmit('91150203MA0N000009');

    await waitFor(() => expect(fieldOf('institution-form-creditCode')).toHaveTextContent('统一社会信用代码校验位错误。'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a duplicate (409) on the credit code, with or without the field named', async () => {
    const onClose = vi.fn();
    let named = false;
    mockFetch({
      ...registryCatalogRoutes,
      'POST /api/v1/registry/institutions': () =>
        named
          ? json({ status: 409, title: 'Conflict', code: 'duplicate_credit_code', errors: { creditCode: ['该统一社会信用代码已登记。'] } }, 409)
          : json({ status: 409, title: 'Conflict', code: 'duplicate', detail: 'A record with the same unique value already exists.' }, 409),
    });
    renderWithProviders(<CreateInstitutionModal open onClose={onClose} />);

    await fillAndSubmit();
    await waitFor(() => expect(fieldOf('institution-form-creditCode')).toHaveTextContent('该统一社会信用代码已登记'));

    named = true;
    await userEvent.setup().click(screen.getByTestId('institution-form-submit'));
    await waitFor(() => expect(fieldOf('institution-form-creditCode')).toHaveTextContent('该统一社会信用代码已登记。'));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('fixes the street of a street officer to their own', async () => {
    mockFetch(registryCatalogRoutes);
    renderWithProviders(
      <CreateInstitutionModal open onClose={() => {}} />,
      '/',
      makeUser({ roles: ['StreetOfficer'], streetCode: '150203002' }),
    );

    const street = await screen.findByTestId('institution-form-streetCode');
    await waitFor(() => expect(street).toHaveTextContent('沼潭街道'));
    expect(street).toHaveClass('ant-select-disabled');
  });
});
