import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const template = {
  id: 'tpl-1', code: 'institution-annual', versionNumber: 2, name: '家庭服务机构年检复核检查表', objectType: 'Institution', totalWeight: 100,
  items: [
    { id: 'a', position: 1, title: '资质证照', weight: 60, evidence: '营业执照' },
    { id: 'b', position: 2, title: '投诉处理', weight: 40, evidence: '投诉登记簿' },
  ],
  createdAt: '2026-01-01T00:00:00Z',
};
const me = () => json(makeUser({ roles: ['DistrictOfficer'] }));

describe('checklist templates page', () => {
  it('lists templates and saves a new version, showing an item error inline', async () => {
    signIn();
    let posts = 0;
    const api = mockFetch({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/inspection/templates': () => json([template]),
      'POST /api/v1/inspection/templates': () => {
        posts += 1;
        return posts === 1
          ? json({ title: 'One or more fields are invalid.', status: 400, errors: { 'items[1].weight': ["'Weight' must be between 1 and 100."] } }, 400)
          : json({ ...template, versionNumber: 3 }, 201);
      },
    });
    renderApp('/inspection/templates');
    expect(await screen.findByText('家庭服务机构年检复核检查表', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('v2')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('template-new-version-institution-annual'));
    const weight = await screen.findByTestId('item-weight-1');
    fireEvent.change(weight, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('template-submit'));
    expect(await screen.findByText("'Weight' must be between 1 and 100.", {}, { timeout: 10_000 })).toBeInTheDocument();

    fireEvent.change(weight, { target: { value: '40' } });
    fireEvent.click(screen.getByTestId('template-add-item'));
    fireEvent.change(screen.getByTestId('item-title-2'), { target: { value: '从业人员健康体检' } });
    fireEvent.change(screen.getByTestId('item-evidence-2'), { target: { value: '体检报告' } });
    fireEvent.click(screen.getByTestId('template-submit'));
    await waitFor(() => expect(api.requests('POST /api/v1/inspection/templates')).toHaveLength(2), { timeout: 10_000 });
    const body = await api.requests('POST /api/v1/inspection/templates')[1]!.json();
    expect(body).toMatchObject({ code: 'institution-annual', objectType: 'Institution' });
    expect(body.items).toEqual([
      { title: '资质证照', weight: 60, evidence: '营业执照' },
      { title: '投诉处理', weight: 40, evidence: '投诉登记簿' },
      { title: '从业人员健康体检', weight: 10, evidence: '体检报告' },
    ]);
  });

  it('shows the empty state and the error state', async () => {
    signIn();
    mockFetch({ 'GET /api/v1/auth/me': me, 'GET /api/v1/inspection/templates': () => json([]) });
    const { unmount } = renderApp('/inspection/templates');
    const table = await screen.findByTestId('templates-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('尚无检查表')).toBeInTheDocument();
    unmount();

    mockFetch({ 'GET /api/v1/auth/me': me, 'GET /api/v1/inspection/templates': () => json({ title: '服务暂不可用', status: 503 }, 503) });
    renderApp('/inspection/templates');
    expect(await screen.findByText('服务暂不可用', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
