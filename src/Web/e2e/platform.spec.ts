import { expect, test, type Page } from '@playwright/test';
import { adminPassword, adminUser, choose, collectConsoleErrors, signInAsAdmin } from './support';

async function openMenu(page: Page, label: string) {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: label }).click();
}

test('an administrator signs in, creates a user, finds it in the audit trail and signs out', async ({ page }) => {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  const consoleErrors = collectConsoleErrors(page);

  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(consoleErrors).toEqual([]);

  await page.getByTestId('login-username').fill(adminUser);
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.getByTestId('side-menu')).toContainText('用户管理');

  const languageSwitch = page.getByTestId('language-switch');
  await languageSwitch.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('side-menu')).toContainText('Users');
  await expect(page.getByTestId('system-name')).toContainText('Kundulun');
  await languageSwitch.getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('side-menu')).toContainText('用户管理');

  const userName = `e2e${Date.now()}`;
  await openMenu(page, '用户管理');
  await page.getByTestId('create-user').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('user-form-userName').fill(userName);
  await dialog.getByTestId('user-form-displayName').fill('端到端测试');
  await dialog.getByTestId('user-form-password').fill(`E2e!${Date.now()}xY`);
  await choose(page, 'user-form-roles', '检查人员');
  await dialog.getByTestId('user-form-displayName').click(); // closes the roles drop-down
  await page.getByTestId('user-form-submit').click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('users-search').fill(userName);
  await page.getByTestId('users-search-submit').click();
  await expect(page.getByTestId('users-table').getByRole('cell', { name: userName, exact: true })).toBeVisible();

  await openMenu(page, '审计日志');
  await page.getByTestId('audit-action').fill('CreateUser');
  const createdByAdmin = page
    .getByTestId('audit-table')
    .getByRole('row')
    .filter({ hasText: 'CreateUser' })
    .filter({ hasText: adminUser });
  // Audit entries of committed changes arrive through the outbox (ADR 0003): search again until it is there.
  await expect(async () => {
    await page.getByTestId('audit-search-submit').click();
    await expect(createdByAdmin.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
});

test('an administrator subscribes an API client to webhooks, sees the secret once and the test event in the delivery log', async ({
  page,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  await signInAsAdmin(page);
  await page.goto('/clients');

  const name = `e2e-platform-${Date.now()}`;
  await page.getByTestId('create-client').click();
  await page.getByTestId('client-form-name').fill(name);
  await choose(page, 'client-form-scopes', 'vouchers.read', { exact: false, search: true });
  await page.getByTestId('client-form-name').click(); // closes the scopes drop-down
  await page.getByTestId('client-form-submit').click();
  await expect(page.getByTestId('client-secret')).toBeVisible();
  await page.getByTestId('client-secret-done').click();

  const row = page.getByTestId('clients-table').getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: '事件推送' }).click();
  await expect(page.getByTestId('subscriptions-table')).toContainText('暂无事件订阅');
  await page.getByTestId('create-subscription').click();
  await page.getByTestId('subscription-form-url').fill('https://partner.example.invalid/hooks/jiafu');
  await choose(page, 'subscription-form-eventTypes', 'voucher.assigned-to-institution', { exact: false });
  await page.getByTestId('subscription-form-url').click(); // closes the event-types drop-down
  await page.getByTestId('subscription-form-submit').click();
  await expect(page.getByTestId('subscription-secret')).toContainText('whsec_');
  await page.getByTestId('subscription-secret-done').click();

  const subscriptions = page.getByTestId('subscriptions-table');
  await expect(subscriptions).toContainText('partner.example.invalid');
  await subscriptions.getByRole('button', { name: '推送测试' }).click();
  await expect(page.getByTestId('deliveries-table').getByRole('row').filter({ hasText: 'ping' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
