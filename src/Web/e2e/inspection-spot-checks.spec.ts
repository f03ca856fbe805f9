import { expect, test } from '@playwright/test';
import { adminPassword, adminUser, choose, collectConsoleErrors, creditCode, signInAsAdmin } from './support';

test('a draw plan: the seed is shown before the draw, a discrepancy is recorded and the institution integrity record changes', async ({ page, request }) => {
  test.setTimeout(120_000);
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now().toString(36);

  // A recognised institution and two inspectors, through the API (their screens have their own tests).
  const name = `端到端抽查家政${stamp}`;
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: '150203001', address: '钢铁大街 9 号', legalRepresentative: '李强',
      contactPhone: '0472-5123457', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
  const institutionId = (await created.json()).id as string;
  for (const action of ['apply-recognition', 'recognise']) {
    expect((await request.post(`/api/v1/registry/institutions/${institutionId}/${action}`, { headers, data: { reason: null } })).ok()).toBeTruthy();
  }
  const inspectors = ['甲', '乙'].map((n) => `抽查员${n}${stamp}`);
  for (const [i, displayName] of inspectors.entries()) {
    const user = await request.post('/api/v1/identity/users', {
      headers,
      data: { userName: `spot${i}${stamp}`, password: `Spot-check-pass-${i}1`, displayName, roles: ['Inspector'] },
    });
    expect(user.status()).toBe(201);
  }

  const errors = collectConsoleErrors(page);
  await signInAsAdmin(page);
  await page.goto('/inspection/spot-checks');
  await page.getByTestId('spot-check-create').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('plan-name').fill(`端到端双随机抽查${stamp}`);
  for (const c of ['a', 'b', 'c', 'd']) await dialog.getByTestId(`plan-rate-${c}`).fill('1000');
  await dialog.getByTestId('plan-recuse-street').uncheck();
  for (const inspector of inspectors) await choose(page, 'plan-inspectors', inspector, { search: true });
  await page.getByTestId('spot-check-submit').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  // The seed is on the plan before anything is drawn.
  await expect(page.getByTestId('plan-status')).toHaveText('待抽取', { timeout: 15_000 });
  const seed = (await page.getByTestId('plan-seed-value').textContent())?.trim() ?? '';
  expect(seed).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('spot-checks-table')).toHaveCount(0);

  await page.getByTestId('draw').click();
  await page.getByTestId('draw-confirm').click();
  await expect(page.getByTestId('plan-status')).toHaveText('已抽取', { timeout: 20_000 });
  await expect(page.getByTestId('plan-seed-value')).toHaveText(seed);
  const row = page.getByTestId('spot-checks-table').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(inspectors[0]);
  await expect(row).toContainText(inspectors[1]);

  await page.getByTestId(`record-${institutionId}`).click();
  const resultDialog = page.getByRole('dialog');
  await resultDialog.getByText('不实', { exact: true }).click();
  await resultDialog.getByTestId('result-findings').fill('服务台账人员与在岗人员不符');
  await page.getByTestId('result-submit').click();
  await expect(resultDialog).toBeHidden({ timeout: 15_000 });
  await expect(row).toContainText('不实');

  await page.goto(`/registry/institutions/${institutionId}?tab=integrity`);
  const timeline = page.getByTestId('integrity-timeline');
  await expect(timeline.getByTestId('integrity-entry').first()).toContainText('抽查不实', { timeout: 15_000 });
  await expect(timeline.getByTestId('integrity-score')).not.toHaveText('100');
  expect(errors).toEqual([]);
});
