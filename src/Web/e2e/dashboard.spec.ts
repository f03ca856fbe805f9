import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminPassword, adminUser, collectConsoleErrors, creditCode, signInAsAdmin } from './support';

const STREET = { code: '150203012', name: '昆工路街道' };

/** Registers an institution in 昆工路街道 through the API (the registry screens have their own test). */
async function institutionInStreet(request: APIRequestContext, name: string): Promise<void> {
  const login = await request.post('/api/v1/auth/login', { data: { userName: adminUser, password: adminPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const created = await request.post('/api/v1/registry/institutions', {
    headers,
    data: {
      name, creditCode: creditCode(), streetCode: STREET.code, address: '昆工路 1 号', legalRepresentative: '赵敏',
      contactPhone: '0472-5123456', businessFormats: ['Housekeeping'], isAllianceMember: false, allianceJoinedOn: null,
    },
  });
  expect(created.status()).toBe(201);
}

test("the dashboard's street list leads to that street's filtered institutions", async ({ page, request }) => {
  const consoleErrors = collectConsoleErrors(page);
  const name = `看板测试家政${Date.now().toString(36)}`;
  await institutionInStreet(request, name);
  await signInAsAdmin(page);

  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('kpi-NewInstitutions')).toBeVisible();
  await expect(page.getByTestId('inspection-progress')).toBeVisible();
  const link = page.getByTestId(`street-link-${STREET.code}`);
  await expect(link).toContainText(STREET.name);
  await link.click();

  await expect(page).toHaveURL(new RegExp(`/registry/institutions\\?streetCode=${STREET.code}$`));
  await expect(page.getByTestId('institutions-filter-street')).toContainText(STREET.name);
  const table = page.getByTestId('institutions-table');
  await expect(table.getByText(name)).toBeVisible();
  await expect(table).not.toContainText('少先路街道');
  expect(consoleErrors).toEqual([]);
});

test("clicking a street's bar on the chart opens that street's filtered institutions", async ({ page, request }) => {
  await institutionInStreet(request, `看板柱形测试${Date.now().toString(36)}`);
  await signInAsAdmin(page);
  const links = page.getByTestId('street-links').getByRole('link');
  await expect(links.first()).toBeVisible();

  // The tallest bar is the one to click: it fills the plot's height, so a point just above the axis is on it.
  const texts = await links.allTextContents();
  const counts = texts.map((text) => Number(text.trim().split(' ').pop()));
  const index = counts.indexOf(Math.max(...counts));
  const code = ((await links.nth(index).getAttribute('data-testid')) ?? '').replace('street-link-', '');
  expect(counts[index]).toBeGreaterThan(0);

  const chart = page.getByTestId('street-bar-chart').locator('canvas').first();
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  // Grid of the chart (dashboard-charts.tsx): left 40, right 20, bottom 90 of a 320 px high chart.
  const plotWidth = box.width - 60;
  const x = 40 + (index + 0.5) * (plotWidth / counts.length);
  const y = box.height - 90 - 6;
  await chart.click({ position: { x, y } });

  await expect(page).toHaveURL(new RegExp(`/registry/institutions\\?streetCode=${code}$`));
  await expect(page.getByTestId('institutions-table')).toBeVisible();
});
