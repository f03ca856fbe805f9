import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { EditUserModal } from './edit-user-modal';

const user = {
  id: 'u-7',
  userName: 'zhaoliu',
  displayName: '赵六',
  roles: ['Inspector'],
  streetCode: null,
  institutionId: null,
  isDisabled: false,
  isLockedOut: false,
  lockoutEnd: null,
  createdAt: '2025-01-02T03:04:05Z',
};

async function rename(to: string) {
  const input = await screen.findByTestId('user-form-displayName');
  const typist = userEvent.setup();
  await typist.clear(input);
  await typist.type(input, to);
  await typist.click(screen.getByRole('button', { name: /保\s*存/ }));
}

describe('edit user', () => {
  it('sends the ETag it read as If-Match', async () => {
    const onClose = vi.fn();
    const { requests } = mockFetch({
      'GET /api/v1/identity/users/u-7': () => json(user, 200, { ETag: '"v5"' }),
      'PUT /api/v1/identity/users/u-7': async (request) => json({ ...user, ...(await request.json()) }),
    });
    renderWithProviders(<EditUserModal userId="u-7" onClose={onClose} />);

    await rename('赵六六');

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [put] = requests('PUT /api/v1/identity/users/u-7');
    expect(put!.headers.get('If-Match')).toBe('"v5"');
    expect(await put!.json()).toEqual({ displayName: '赵六六', roles: ['Inspector'], streetCode: null, institutionId: null });
  });

  it('explains a stale write (412)', async () => {
    const onClose = vi.fn();
    mockFetch({
      'GET /api/v1/identity/users/u-7': () => json(user, 200, { ETag: '"v5"' }),
      'PUT /api/v1/identity/users/u-7': () => json({ title: 'Precondition Failed', status: 412 }, 412),
    });
    renderWithProviders(<EditUserModal userId="u-7" onClose={onClose} />);

    await rename('赵六六');

    expect(await screen.findAllByText('数据已被他人修改，请刷新后重试')).not.toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();
  });
});
