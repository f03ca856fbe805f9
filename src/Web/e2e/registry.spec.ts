import { expect, test } from '@playwright/test';
import { choose, collectConsoleErrors, creditCode, masked, residentId, signInAsAdmin } from './support';

test('an administrator registers an institution and a worker, then finds the worker masked with a badge', async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const stamp = Date.now().toString(36);
  const institutionName = `端到端家政服务中心${stamp}`;
  const workerName = `测试员${stamp}`;
  const idNumber = residentId();

  await signInAsAdmin(page);

  // 登记管理 / 机构管理: register an institution.
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('登记管理');
  await menu.getByRole('menuitem', { name: '机构管理' }).click();
  await expect(page.getByTestId('institutions-table')).toBeVisible();
  await page.getByTestId('create-institution').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('institution-form-name').fill(institutionName);
  await dialog.getByTestId('institution-form-creditCode').fill(creditCode());
  await choose(page, 'institution-form-streetCode', '少先路街道');
  await dialog.getByTestId('institution-form-address').fill('少先路 18 号');
  await dialog.getByTestId('institution-form-legalRepresentative').fill('王丽');
  await dialog.getByTestId('institution-form-contactPhone').fill('0472-5123456');
  await choose(page, 'institution-form-businessFormats', '家政服务');
  await dialog.getByTestId('institution-form-address').click(); // closes the formats drop-down
  await page.getByTestId('institution-form-submit').click();
  await expect(dialog).toBeHidden();

  // Its page opens: header, status and tabs.
  await expect(page).toHaveURL(/\/registry\/institutions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('institution-name')).toHaveText(institutionName);
  await expect(page.getByTestId('institution-profile')).toContainText('少先路街道');
  await expect(page.getByTestId('institution-action-apply-recognition')).toBeVisible();

  // 从业人员 tab: register a worker there.
  await page.getByRole('tab', { name: '从业人员' }).click();
  await page.getByTestId('create-institution-worker').click();
  const drawer = page.getByRole('dialog', { name: `登记“${institutionName}”的从业人员` });
  await expect(drawer).toBeVisible();
  await drawer.getByTestId('worker-form-name').fill(workerName);
  await drawer.getByTestId('worker-form-idNumber').fill(idNumber);
  await drawer.getByTestId('worker-form-phone').fill('13912345678');
  await choose(page, 'worker-form-jobTypes', '家政服务员');
  await drawer.getByTestId('worker-form-name').click(); // closes the job types drop-down
  await page.getByTestId('worker-form-submit').click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('workers-table').getByRole('link', { name: workerName })).toBeVisible();

  // 从业人员 list: find the worker by name, masked, with a credential badge.
  await menu.getByRole('menuitem', { name: '从业人员' }).click();
  await expect(page).toHaveURL(/\/registry\/workers$/);
  await page.getByTestId('workers-search').fill(workerName);
  await page.getByTestId('workers-search-submit').click();
  const row = page.getByTestId('workers-table').getByRole('row').filter({ hasText: workerName });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('worker-id-masked')).toHaveText(masked(idNumber));
  await expect(row).not.toContainText(idNumber);
  await expect(row).toContainText('139****5678');
  await expect(row).toContainText(institutionName);
  // No identity verification, health check or insurance recorded: 黄码.
  await expect(row.getByTestId('credential-badge')).toHaveText('黄码');

  // The worker's page: masked ID, no reveal for an administrator.
  await row.getByRole('link', { name: workerName }).click();
  await expect(page.getByTestId('worker-name')).toHaveText(workerName);
  await expect(page.getByTestId('worker-id-number')).toHaveText(masked(idNumber));
  await expect(page.getByTestId('reveal-worker')).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
});
