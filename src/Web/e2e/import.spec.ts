import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminPassword, adminUser, collectConsoleErrors, creditCode, masked, residentId, signInAsAdmin } from './support';

/** The same ID number with a wrong check character. */
const withWrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');

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
  const consoleErrors = collectConsoleErrors(page);
  const stamp = Date.now().toString(36);
  const institutionName = `导入旅程家政公司${stamp}`;
  const code = creditCode();
  await createInstitution(request, institutionName, code);
  const goodName = `导入甲${stamp}`;
  const fixedName = `导入乙${stamp}`;
  const goodId = residentId();
  const fixedId = residentId();

  await signInAsAdmin(page);

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
