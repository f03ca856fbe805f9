import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminPassword, adminUser, choose, creditCode, signInAsAdmin } from './support';

/** A recognised institution registered through the API (the registry screens have their own test); returns its id. */
async function recognisedInstitution(request: APIRequestContext, headers: Record<string, string>, name: string): Promise<string> {
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: '150203001', address: '少先路 18 号', legalRepresentative: '王芳',
      contactPhone: '0472-5123456', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  for (const action of ['apply-recognition', 'recognise']) {
    const response = await request.post(`/api/v1/registry/institutions/${id}/${action}`, { headers, data: { reason: null } });
    expect(response.ok()).toBeTruthy();
  }
  return id;
}

/** Opens the institution's task from the campaign board and records an outcome with the checklist's default (full) points. */
async function inspect(page: Page, name: string, outcome: '合格' | '不合格', findings?: string) {
  await page.goto('/inspection/campaigns');
  await page.getByTestId('tasks-search').locator('input').fill(name);
  await page.getByTestId('tasks-search').locator('input').press('Enter');
  await page.getByTestId('tasks-table').getByRole('link', { name }).click();
  await expect(page.getByTestId('outcome-submit')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('outcome').getByText(outcome, { exact: true }).click();
  if (findings) {
    await page.getByTestId('points-2').fill('5');
    await page.getByTestId('findings').fill(findings);
  }
  await page.getByTestId('outcome-submit').click();
  await expect(page.getByText('该任务已有最终结论。')).toBeVisible({ timeout: 15_000 });
}

test('a campaign over three institutions: one fails, its revocation is confirmed and it leaves the public directory', async ({ page, request }) => {
  test.setTimeout(180_000);
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const stamp = Date.now().toString(36);
  const names = ['甲', '乙', '丙'].map((n) => `端到端年检${n}家政${stamp}`);
  for (const name of names) await recognisedInstitution(request, headers, name);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await signInAsAdmin(page);
  await page.goto('/inspection/campaigns');
  await page.getByTestId('create-campaign').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const year = 2030 + (Date.now() % 60);
  await dialog.getByTestId('campaign-year').fill(String(year));
  await choose(page, 'campaign-template', '家庭服务机构年检复核检查表 v1');
  await page.getByTestId('campaign-form-submit').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByTestId('campaign-select')).toContainText(`${year}年度家庭服务机构年检复核`);

  await inspect(page, names[0], '合格');
  await inspect(page, names[1], '合格');
  await inspect(page, names[2], '不合格', '从业人员未持证上岗，无投诉处理记录');

  await page.goto('/inspection/campaigns');
  await expect(page.getByTestId('count-Failed')).toContainText(/[1-9]/);

  // The proposal arrives through the outbox: reload until it is listed.
  await page.goto('/inspection/revocation-proposals');
  const row = page.getByTestId('proposals-table').getByRole('row').filter({ hasText: names[2] });
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole('button', { name: '确认撤销' }).click();
  await page.getByTestId('proposal-decision-ok').click();
  await expect(page.getByRole('dialog')).toBeHidden({ timeout: 15_000 });

  const directory = await request.get(`/api/v1/registry/directory/institutions?search=${encodeURIComponent(names[2])}`);
  expect((await directory.json()).total).toBe(0);
  const kept = await request.get(`/api/v1/registry/directory/institutions?search=${encodeURIComponent(names[0])}`);
  expect((await kept.json()).total).toBe(1);
  expect(errors).toEqual([]);
});
