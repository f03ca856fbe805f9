import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

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

/** The same ID number with a wrong check character. */
const withWrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Registers the employer through the API (the journey under test starts at the import page). */
async function createInstitution(request: APIRequestContext, name: string, code: string) {
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await request.post('/api/v1/registry/institutions', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: {
      name,
      creditCode: code,
      streetCode: '150203002',
      address: '沼潭路 6 号',
      legalRepresentative: '赵敏',
      contactPhone: '0472-5166888',
      businessFormats: ['Housekeeping', 'ElderlyCare'],
    },
  });
  expect(created.status()).toBe(201);
}

function csv(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const header = '姓名,身份证号码,手机号码,所属机构统一社会信用代码,用工形式,工种';
  const text = [header, ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
  return { name: 'workers.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + text, 'utf-8') };
}

test('an officer imports a worker roster: the bad row is reported, fixed, committed, and the worker is found with their institution', async ({
  page,
  request,
}) => {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const consoleErrors = collectConsoleErrors(page);
  const stamp = Date.now().toString(36);
  const institutionName = `导入旅程家政公司${stamp}`;
  const code = creditCode();
  await createInstitution(request, institutionName, code);
  const goodName = `导入甲${stamp}`;
  const fixedName = `导入乙${stamp}`;
  const goodId = residentId();
  const fixedId = residentId();

  await page.goto('/login');
  await page.getByTestId('login-username').fill(adminUser);
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();

  // 批量导入: the workers kind is the default.
  await page.getByTestId('side-menu').getByRole('menuitem', { name: '批量导入' }).click();
  await expect(page).toHaveURL(/\/registry\/imports$/);
  await expect(page.getByTestId('imports-empty')).toBeVisible();
  const fileInput = page.locator('input[type="file"]');

  // A file with one bad row (wrong check character): validate, and the row error shows in the table.
  await fileInput.setInputFiles(
    csv([
      [goodName, goodId, '13900001111', code, '员工制', '家政服务员'],
      [fixedName, withWrongCheck(fixedId), '13900002222', code, '挂靠', '养老护理员、保洁员'],
    ]),
  );
  await page.getByTestId('imports-validate').click();
  const validation = page.getByTestId('imports-validation');
  await expect(validation.getByTestId('imports-validation-rows-invalid')).toHaveText('1');
  await expect(validation.getByTestId('imports-validation-rows-valid')).toHaveText('1');
  const errorRow = validation.getByTestId('imports-errors-table').getByRole('row').filter({ hasText: 'idNumber' });
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow).toContainText('2');
  await expect(errorRow).toContainText('校验位');

  // Fix the file and validate again: no errors left.
  await fileInput.setInputFiles(
    csv([
      [goodName, goodId, '13900001111', code, '员工制', '家政服务员'],
      [fixedName, fixedId, '13900002222', code, '挂靠', '养老护理员、保洁员'],
    ]),
  );
  await expect(page.getByTestId('imports-validation')).toHaveCount(0);
  await page.getByTestId('imports-validate').click();
  await expect(validation.getByTestId('imports-validation-rows-valid')).toHaveText('2');
  await expect(validation.getByTestId('imports-validation-rows-invalid')).toHaveText('0');
  await expect(validation).toContainText('全部数据校验通过');

  // Commit, confirm, and wait for the job to complete.
  await page.getByTestId('imports-commit').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
  const result = page.getByTestId('imports-commit-result');
  await expect(result.getByTestId('imports-committed')).toHaveText('导入完成：新增 2 人，更新 0 人', { timeout: 30_000 });

  // 从业人员: the imported worker is listed, masked, at the institution.
  await page.getByTestId('side-menu').getByRole('menuitem', { name: '从业人员' }).click();
  await expect(page).toHaveURL(/\/registry\/workers$/);
  await page.getByTestId('workers-search').fill(fixedName);
  await page.getByTestId('workers-search-submit').click();
  const row = page.getByTestId('workers-table').getByRole('row').filter({ hasText: fixedName });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('worker-id-masked')).toHaveText(masked(fixedId));
  await expect(row).not.toContainText(fixedId);

  // Open their institution from the row.
  await row.getByRole('link', { name: institutionName }).click();
  await expect(page).toHaveURL(/\/registry\/institutions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('institution-name')).toHaveText(institutionName);
  await expect(page.getByTestId('institution-profile')).toContainText(code);
  await page.getByRole('tab', { name: '从业人员' }).click();
  await expect(page.getByTestId('workers-table').getByRole('link', { name: goodName })).toBeVisible();
  await expect(page.getByTestId('workers-table').getByRole('link', { name: fixedName })).toBeVisible();

  expect(consoleErrors).toEqual([]);
});
