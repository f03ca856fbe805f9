import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { CreateUserModal } from './create-user-modal';

const streets = [
  { code: '150203001', name: '少先路街道' },
  { code: '150203002', name: '沼潭街道' },
];

/** Opens an antd Select and picks the option with this title. */
async function chooseOption(testId: string, title: string) {
  const select = await screen.findByTestId(testId);
  fireEvent.mouseDown(within(select).getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(title));
}

async function fillForm() {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('user-form-userName'), 'wangwu');
  await user.type(screen.getByTestId('user-form-displayName'), '王五');
  await user.type(screen.getByTestId('user-form-password'), 'Passw0rd!');
  await chooseOption('user-form-roles', '街镇业务人员');
  await chooseOption('user-form-streetCode', '沼潭街道');
  return user;
}

describe('create user', () => {
  it('sends the street only for a street officer and closes on success', async () => {
    const onClose = vi.fn();
    const { requests } = mockFetch({
      'GET /api/v1/reference/streets': () => json(streets),
      'POST /api/v1/identity/users': async (request) => json({ id: 'u-2', ...(await request.json()) }, 201),
    });
    renderWithProviders(<CreateUserModal open onClose={onClose} />);

    const user = await fillForm();
    await user.click(screen.getByTestId('user-form-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests('POST /api/v1/identity/users')[0]!.json()).toEqual({
      userName: 'wangwu',
      password: 'Passw0rd!',
      displayName: '王五',
      roles: ['StreetOfficer'],
      streetCode: '150203002',
      institutionId: null,
    });
  });

  it('shows ProblemDetails field errors under their fields', async () => {
    mockFetch({
      'GET /api/v1/reference/streets': () => json(streets),
      'POST /api/v1/identity/users': () =>
        json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            traceId: '00-trace-01',
            errors: { userName: ['用户名已存在'], password: ['密码至少需要 12 个字符'], unknownField: ['其他错误'] },
          },
          400,
        ),
    });
    const onClose = vi.fn();
    renderWithProviders(<CreateUserModal open onClose={onClose} />);

    const user = await fillForm();
    await user.click(screen.getByTestId('user-form-submit'));

    expect(await screen.findByText('用户名已存在')).toBeInTheDocument();
    expect(screen.getByText('密码至少需要 12 个字符')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('其他错误');
    expect(alert).toHaveTextContent('00-trace-01');
    expect(onClose).not.toHaveBeenCalled();
  });
});
