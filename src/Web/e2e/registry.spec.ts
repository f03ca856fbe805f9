import { expect, test, type Page } from '@playwright/test';

const adminUser = process.env.E2E_ADMIN_USER ?? 'admin';
const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? '';

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100: MOD 31 check) of an enterprise (91) in Kundulun (150203). */
function creditCode(): string {
  let body = '91150203';
  while (body.length < 17) body += CREDIT_CODE_CHARS[Math.floor(Math.random() * CREDIT_CODE_CHARS.length)];
  const sum = [...body].reduce((total, char, i) => total + CREDIT_CODE_CHARS.indexOf(char) * CREDIT_CODE_WEIGHTS[i]!, 0);
  return body + CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number (GB 11643, MOD 11-2 check) born in Kundulun between 1965 and 2000. */
function residentId(): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 35 * 365) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const body = `150203${date}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens an antd Select by its test id and picks the option with this title. */
async function choose(page: Page, testId: string, title: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

test('an administrator registers an institution and a worker, then finds the worker masked with a badge', async ({ page }) => {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const consoleErrors = collectConsoleErrors(page);
  const stamp = Date.now().toString(36);
  const institutionName = `端到端家政服务中心${stamp}`;
  const workerName = `测试员${stamp}`;
  const idNumber = residentId();

  await page.goto('/login');
  await page.getByTestId('login-username').fill(adminUser);
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();

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
