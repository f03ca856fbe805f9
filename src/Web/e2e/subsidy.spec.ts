import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminPassword, adminUser, choose, collectConsoleErrors, creditCode, signInAsAdmin } from './support';

// Each step waits on the API and a lazily loaded page: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const street = '150203001';
const item = 'UnemploymentInsuranceRefund';
const password = 'E2e-subsidy-pass-1';

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  return { Authorization: `Bearer ${(await login.json()).accessToken}` };
}

/** A recognised institution of the street, registered through the API (the registry screens have their own test). */
async function recognisedInstitution(request: APIRequestContext, headers: Record<string, string>, name: string) {
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: street, address: '钢铁大街 18 号', legalRepresentative: '赵敏',
      contactPhone: '0472-5123456', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  for (const action of ['apply-recognition', 'recognise']) {
    expect((await request.post(`/api/v1/registry/institutions/${id}/${action}`, { headers, data: { reason: null } })).ok()).toBeTruthy();
  }
}

async function createUser(request: APIRequestContext, headers: Record<string, string>, role: string, userName: string, streetCode: string | null) {
  const response = await request.post('/api/v1/identity/users', {
    headers,
    data: { userName, password, displayName: `端到端${role}`, roles: [role], streetCode, institutionId: null },
  });
  expect(response.status()).toBe(201);
}

async function signInAs(page: Page, userName: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByTestId('login-username').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** The refund item's figure on the fund page, in yuan. */
async function fundFigure(page: Page, figure: 'reserved' | 'paid' | 'available') {
  const cell = page.getByTestId(`fund-${item}-${figure}`);
  await expect(cell).toBeVisible();
  return Number(await cell.textContent());
}

test('an unemployment-insurance refund: apply with the live preview, street approval, district approval, payment, the fund moves', async ({ page, request }) => {
  // Three users sign in one after the other: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const stamp = Date.now().toString(36);
  const institutionName = `端到端补贴家政公司${stamp}`;
  const streetOfficer = `street${stamp}`;
  const districtOfficer = `district${stamp}`;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const headers = await adminHeaders(request);
  await recognisedInstitution(request, headers, institutionName);
  await createUser(request, headers, 'StreetOfficer', streetOfficer, street);
  await createUser(request, headers, 'DistrictOfficer', districtOfficer, null);
  // The year's refund allocation, with room for this application.
  const fund = await (await request.get(`/api/v1/subsidy/funds/${year}`, { headers })).json();
  const allocated = fund.items.find((i: { itemCode: string }) => i.itemCode === item).allocated as number;
  const allocation = await request.put(`/api/v1/subsidy/funds/${year}/allocations/${item}`, {
    headers,
    data: { amount: allocated + 20000, note: '端到端测试追加' },
  });
  expect(allocation.ok()).toBeTruthy();
  const errors = collectConsoleErrors(page);

  // 补贴管理 / 补贴申请 → 申请补贴: the wizard with its live calculation.
  await signInAsAdmin(page);
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('补贴管理');
  await menu.getByRole('menuitem', { name: '补贴申请' }).click();
  await page.getByTestId('subsidy-apply').click();
  await choose(page, 'wizard-item', '失业保险返还');
  const institution = page.getByTestId('wizard-institution');
  await expect(async () => {
    await institution.click();
    await page.keyboard.type(institutionName.slice(-8));
    await page.locator('.ant-select-dropdown:visible').getByTitle(institutionName, { exact: true }).click({ timeout: 2_000 });
    await expect(institution).toContainText(institutionName, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('input-insuredStaff').fill('100');
  await page.getByTestId('input-laidOffStaff').fill('2');
  await page.getByTestId('input-lastYearPremium').fill('12345.6');
  const preview = page.getByTestId('wizard-preview');
  await expect(preview.getByTestId('breakdown-amount')).toContainText('12,345.60');
  await expect(preview.getByTestId('breakdown-eligible')).toHaveText('符合条件');
  await expect(preview.getByTestId('breakdown-steps')).toContainText('裁员率');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-submit').click();
  await expect(page.getByTestId('subsidy-status')).toHaveText('待街道审核');
  await expect(page.getByTestId('detail-amount')).toHaveText('12345.60');
  await expect(page.getByTestId('subsidy-breakdown')).toContainText('裁员率');
  const applicationUrl = page.url();

  // 审核队列 as the street's officer: bulk approval of the selected application.
  await signInAs(page, streetOfficer);
  await page.getByTestId('side-menu').getByRole('menuitem', { name: '审核队列' }).click();
  const row = page.getByRole('row', { name: new RegExp(institutionName) });
  await row.getByRole('checkbox').check();
  await page.getByTestId('bulk-approve').click();
  await page.getByTestId('bulk-comment').fill('材料齐全，同意上报');
  await page.getByTestId('bulk-submit').click();
  await expect(page.getByTestId('bulk-results')).toContainText('成功 1 件，未处理 0 件');
  await expect(row).toBeHidden();

  // The district: second review and payment, with the fund figures before and after each.
  await signInAs(page, districtOfficer);
  await page.goto('/subsidy/fund');
  const reservedBefore = await fundFigure(page, 'reserved');
  const paidBefore = await fundFigure(page, 'paid');
  const availableBefore = await fundFigure(page, 'available');

  await page.goto(applicationUrl);
  await expect(page.getByTestId('subsidy-status')).toHaveText('待区级复审');
  await page.getByTestId('action-district-approve').click();
  await page.getByTestId('action-comment').fill('复审通过');
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('subsidy-status')).toHaveText('审核通过');

  await page.goto('/subsidy/fund');
  expect(await fundFigure(page, 'reserved')).toBeCloseTo(reservedBefore + 12345.6, 2);
  expect(await fundFigure(page, 'available')).toBeCloseTo(availableBefore - 12345.6, 2);

  await page.goto(applicationUrl);
  await page.getByTestId('action-pay').click();
  await page.getByTestId('pay-reference').fill(`KDL-BK-${stamp}`);
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('subsidy-status')).toHaveText('已拨付');
  await expect(page.getByTestId('review-history')).toContainText('区级复审通过');

  await page.goto('/subsidy/fund');
  expect(await fundFigure(page, 'paid')).toBeCloseTo(paidBefore + 12345.6, 2);
  expect(await fundFigure(page, 'reserved')).toBeCloseTo(reservedBefore, 2);
  await expect(page.getByTestId('fund-balanced')).toHaveText('台账平衡');
  await expect(page.getByTestId('ledger-table')).toContainText(`KDL-BK-${stamp}`);
  expect(errors).toEqual([]);
});
