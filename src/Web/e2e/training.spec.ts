import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { adminPassword, adminUser, choose, creditCode, residentId, signInAsAdmin } from './support';

/** A date in China (UTC+8), `days` from today, as YYYY-MM-DD. */
const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A provider institution and a programme of it, made through the API (the class is made in the UI). */
async function providerProgramme(api: APIRequestContext, programmeName: string) {
  const login = await api.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const institution = await api.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name: `端到端培训学校${Date.now().toString(36)}`, creditCode: creditCode(), streetCode: '150203001', address: '钢铁大街 9 号',
      legalRepresentative: '刘芳', contactPhone: '0472-5123456', businessFormats: ['Housekeeping'], isAllianceMember: false,
    },
  });
  expect(institution.status()).toBe(201);
  const programme = await api.post('/api/v1/training/programmes', {
    headers,
    data: {
      name: programmeName, category: 'WomenHousekeeping', providerInstitutionId: (await institution.json()).id, requiredHours: 8,
      activeFromYear: Number(chinaDate().slice(0, 4)), subsidyStandards: [],
    },
  });
  expect(programme.status()).toBe(201);
}

test('a class is created, three people enroll, attend, complete, one is certified and the certificate verifies', async ({ page, baseURL }) => {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const stamp = Date.now().toString(36);
  const programmeName = `巾帼家政专项培训${stamp}`;
  const className = `端到端第${stamp}期`;
  const api = await playwrightRequest.newContext({ baseURL });
  await providerProgramme(api, programmeName);

  await signInAsAdmin(page);

  // 培训管理 / 培训班: create a class.
  const menu = page.getByTestId('side-menu');
  const classesItem = menu.getByRole('menuitem', { name: '培训班' });
  if (!(await classesItem.isVisible())) await menu.getByText('培训管理').click();
  await classesItem.click();
  await expect(page.getByTestId('classes-table')).toBeVisible();
  await page.getByTestId('create-class').click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'class-programme', programmeName, { exact: false });
  await dialog.getByTestId('class-name').fill(className);
  await dialog.getByPlaceholder('开始日期').click();
  await dialog.getByPlaceholder('开始日期').fill(chinaDate());
  await dialog.getByPlaceholder('开始日期').press('Enter');
  await dialog.getByPlaceholder('结束日期').fill(chinaDate(2));
  await dialog.getByPlaceholder('结束日期').press('Enter');
  await dialog.getByTestId('class-location').fill('昆区妇女儿童活动中心 2 楼');
  await dialog.getByTestId('class-capacity').fill('20');
  await page.getByTestId('class-form-submit').click();
  await expect(page).toHaveURL(/\/training\/classes\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('class-name')).toHaveText(className);
  await expect(page.getByTestId('class-status')).toHaveText('计划中');

  // Open for enrollment, enroll three people.
  await page.getByTestId('class-action-open').click();
  await page.getByTestId('confirm-open').click();
  await expect(page.getByTestId('class-status')).toHaveText('报名中');
  const names = [`王秀英${stamp}`, `李桂兰${stamp}`, `张淑珍${stamp}`];
  for (const name of names) {
    await page.getByTestId('enroll-trainee').click();
    const enroll = page.getByRole('dialog');
    await enroll.getByTestId('enroll-id-number').fill(residentId());
    await enroll.getByTestId('enroll-name').fill(name);
    await choose(page, 'enroll-category', '失业人员');
    await choose(page, 'enroll-street', '少先路街道');
    await page.getByTestId('enroll-submit').click();
    await expect(enroll).toBeHidden();
    await expect(page.getByTestId('roster-table')).toContainText(name);
  }
  await expect(page.getByTestId('class-seats')).toHaveText('3/20');

  // Start, record today's session for everyone (8 hours), complete.
  await page.getByTestId('class-action-start').click();
  await page.getByTestId('confirm-start').click();
  await expect(page.getByTestId('class-status')).toHaveText('培训中');
  await page.getByRole('tab', { name: '考勤' }).click();
  await page.getByTestId('attendance-fill-value').fill('8');
  await page.getByTestId('attendance-fill-all').click();
  await page.getByTestId('attendance-save').click();
  await expect(page.getByTestId('attendance-grid').getByTestId('attended-hours')).toHaveText(['8', '8', '8']);
  await page.getByTestId('class-action-complete').click();
  await page.getByTestId('confirm-complete').click();
  await expect(page.getByTestId('class-status')).toHaveText('已结业');

  // Certify the first trainee.
  await page.getByRole('tab', { name: '学员名单' }).click();
  const row = page.getByTestId('roster-table').getByRole('row').filter({ hasText: names[0] });
  await expect(row).toContainText('已结业');
  await row.getByTestId('assess-trainee').click();
  await choose(page, 'assess-level', '五级/初级工');
  await page.getByRole('dialog').getByTestId('assess-certificate-number').fill(`1515${stamp}`);
  await page.getByTestId('assess-submit').click();
  await expect(row).toContainText('合格');

  // The certificate: printable page, and the public check shows it valid with the name masked.
  await row.getByTestId('open-certificate').click();
  await expect(page.getByTestId('certificate-holder')).toHaveText(names[0]);
  await expect(page.getByTestId('certificate-status')).toHaveText('有效');
  const code = (await page.getByTestId('certificate-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}-[2-9A-Z]$/);
  await page.getByTestId('verify-certificate').click();
  await expect(page.getByTestId('verification-result')).toContainText('有效');

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const check = await anonymous.get(`/api/v1/training/certificates/${code}`);
  expect(check.status()).toBe(200);
  const body = await check.json();
  expect(body.status).toBe('Valid');
  expect(body.holderName).not.toBe(names[0]);
  expect(body.holderName.startsWith('王')).toBeTruthy();
  const unknown = await anonymous.get(`/api/v1/training/certificates/${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`);
  expect(unknown.status()).toBe(404);
});
