import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminPassword, adminUser, choose, creditCode, residentId, signInAsAdmin } from './support';

/** A recognised institution offering 家政服务, registered through the API (the registry screens have their own test). */
async function recognisedInstitution(request: APIRequestContext, name: string): Promise<void> {
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: '150203001', address: '少先路 8 号', legalRepresentative: '李红',
      contactPhone: '0472-5123456', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  for (const action of ['apply-recognition', 'recognise']) {
    const response = await request.post(`/api/v1/registry/institutions/${id}/${action}`, { headers, data: { reason: null } });
    expect(response.ok()).toBeTruthy();
  }
}

async function step(page: Page, name: string, fill?: () => Promise<void>) {
  await page.getByTestId(`voucher-step-${name}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await page.getByTestId('voucher-step-submit').click();
  await expect(dialog).toBeHidden();
}

test('a batch from declaration to settlement: declare, approve, choose, serve, follow up, verify, settle', async ({ page, request }) => {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const stamp = Date.now().toString(36);
  const institutionName = `端到端促进就业券服务中心${stamp}`;
  const batchName = `端到端批次${stamp}`;
  await recognisedInstitution(request, institutionName);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await signInAsAdmin(page);

  // 促进就业券 / 发放批次: create a batch with the plan's defaults.
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('促进就业券');
  await menu.getByRole('menuitem', { name: '发放批次' }).click();
  await page.getByTestId('batches-create').click();
  await page.getByTestId('batch-form-name').fill(batchName);
  await page.getByTestId('batch-form-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('link', { name: batchName }).click();
  await expect(page.getByTestId('batch-remaining')).toHaveText('5000');

  // 人员申报.
  await page.getByTestId('batch-declare').click();
  await page.getByTestId('declaration-applicantName').fill('王秀英');
  await page.getByTestId('declaration-idNumber').fill(residentId());
  await page.getByTestId('declaration-phone').fill('13912345678');
  await choose(page, 'declaration-streetCode', '少先路街道');
  await page.getByTestId('declaration-address').fill('钢铁大街 12 号');
  await choose(page, 'declaration-group', '城镇失业人员');
  await page.getByTestId('declaration-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();

  // 审核队列: select and approve in bulk.
  const row = page.getByRole('row', { name: /王秀英/ });
  await row.getByRole('checkbox').check();
  await page.getByTestId('review-bulk-approve').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('已发券 1 份');
  await page.locator('.ant-modal-confirm-btns button').click();
  await expect(page.getByTestId('batch-remaining')).toHaveText('4999');

  // The voucher: QR code and workflow.
  await page.getByRole('tab', { name: '已发券' }).click();
  await page.locator('[data-testid^="voucher-link-"]').first().click();
  await expect(page.getByTestId('voucher-qr')).toBeVisible();
  await expect(page.getByTestId('voucher-status')).toHaveText('待选机构');

  await step(page, 'select-institution', async () => {
    await choose(page, 'step-businessFormat', '家政服务');
    await choose(page, 'step-institutionId', institutionName);
  });
  await expect(page.getByTestId('voucher-status')).toHaveText('已选机构');
  await step(page, 'schedule');
  await expect(page.getByTestId('voucher-status')).toHaveText('已预约');
  await step(page, 'service', async () => {
    await page.getByTestId('step-workerName').fill('刘桂芳');
    await page.getByTestId('step-serviceItems').fill('居家保洁 2 小时');
    await page.getByTestId('step-residentConfirmed').check();
  });
  await expect(page.getByTestId('voucher-status')).toHaveText('已服务');
  await step(page, 'follow-up');
  await expect(page.getByTestId('voucher-status')).toHaveText('已回访');
  await step(page, 'verify');
  await expect(page.getByTestId('voucher-status')).toHaveText('核查通过');
  await expect(page.getByTestId('voucher-timeline')).toContainText('服务核查');
  const voucherUrl = page.url();

  // 结算管理: statement, approval, payment.
  await menu.getByRole('menuitem', { name: '结算管理' }).click();
  await page.getByTestId('settlements-create').click();
  await choose(page, 'settlement-batch', batchName);
  await choose(page, 'settlement-institution', institutionName);
  await page.getByTestId('settlement-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const statement = page.getByRole('row', { name: new RegExp(institutionName) });
  await expect(statement).toContainText('200.00');
  await statement.getByTestId('settlement-approve').click();
  await expect(statement.getByTestId('settlement-status')).toHaveText('已审批');
  await statement.getByTestId('settlement-pay').click();
  await page.getByTestId('settlement-reference').fill(`KDL-${stamp}`);
  await page.getByTestId('settlement-pay-submit').click();
  await expect(statement.getByTestId('settlement-status')).toHaveText('已支付');

  await page.goto(voucherUrl);
  await expect(page.getByTestId('voucher-status')).toHaveText('已结算');
  expect(errors).toEqual([]);
});
