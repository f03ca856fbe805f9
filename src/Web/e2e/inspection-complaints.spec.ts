import { expect, test } from '@playwright/test';
import { adminPassword, adminUser, choose, collectConsoleErrors, creditCode, signInAsAdmin } from './support';

test('a complaint is registered, followed up and closed as substantiated, and the institution integrity record counts it', async ({ page, request }) => {
  test.setTimeout(120_000);
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now().toString(36);

  // A recognised institution, through the API (the register's screens have their own journey).
  const name = `端到端投诉家政${stamp}`;
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: '150203001', address: '钢铁大街 11 号', legalRepresentative: '赵敏',
      contactPhone: '0472-5123458', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
  const institutionId = (await created.json()).id as string;
  for (const action of ['apply-recognition', 'recognise']) {
    expect((await request.post(`/api/v1/registry/institutions/${institutionId}/${action}`, { headers, data: { reason: null } })).ok()).toBeTruthy();
  }

  const errors = collectConsoleErrors(page);
  await signInAsAdmin(page);
  await page.goto('/inspection/complaints');
  await page.getByTestId('complaint-create').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await choose(page, 'complaint-institution', name, { search: true });
  const content = `保洁人员未按约定时间上门${stamp}`;
  await dialog.getByTestId('complaint-content').fill(content);
  await page.getByTestId('complaint-form-submit').click();

  // The new complaint opens in its detail drawer.
  const detail = page.getByTestId('complaint-detail');
  await expect(detail).toContainText(content, { timeout: 20_000 });
  await expect(detail).toContainText('办理中');

  await page.getByTestId('follow-up-action').fill('电话回访投诉人，约谈机构负责人');
  await page.getByTestId('follow-up-submit').click();
  await expect(page.getByTestId('complaint-timeline')).toContainText('约谈机构负责人', { timeout: 15_000 });

  await detail.getByText('属实', { exact: true }).click();
  await page.getByTestId('close-conclusion').fill('经核实投诉属实，责令限期整改');
  await page.getByTestId('close-submit').click();
  await expect(detail).toContainText('投诉已办结', { timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('complaints-table').getByRole('row').filter({ hasText: name })).toContainText('已办结', { timeout: 15_000 });

  await page.goto(`/registry/institutions/${institutionId}?tab=integrity`);
  const timeline = page.getByTestId('integrity-timeline');
  await expect(timeline.getByTestId('integrity-entry').first()).toContainText('投诉', { timeout: 15_000 });
  await expect(timeline.getByTestId('integrity-score')).not.toHaveText('100');
  expect(errors).toEqual([]);
});
