import { expect, type Page } from '@playwright/test';

/** The bootstrap administrator that `build/test` creates for the end-to-end run. */
export const adminUser = process.env.E2E_ADMIN_USER ?? 'admin';
export const adminPassword = process.env.E2E_ADMIN_PASSWORD ?? '';

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100: MOD 31 check) of an enterprise (91) in Kundulun (150203). */
export function creditCode(): string {
  let body = '91150203';
  while (body.length < 17) body += CREDIT_CODE_CHARS[Math.floor(Math.random() * CREDIT_CODE_CHARS.length)];
  const sum = [...body].reduce((total, char, i) => total + CREDIT_CODE_CHARS.indexOf(char) * CREDIT_CODE_WEIGHTS[i]!, 0);
  return body + CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number (GB 11643, MOD 11-2 check) born in Kundulun between 1965 and 2000. */
export function residentId(): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 35 * 365) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const body = `150203${date}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** An ID number as lists show it: first 6 and last 4 characters kept. */
export const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

/** Collects the page's console errors and uncaught exceptions; a test ends by expecting none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Signs in through the login page as the bootstrap administrator. */
export async function signInAsAdmin(page: Page) {
  expect(adminPassword, 'set E2E_ADMIN_PASSWORD to the bootstrap administrator password').not.toBe('');
  await page.goto('/login');
  await page.getByTestId('login-username').fill(adminUser);
  await page.getByTestId('login-password').fill(adminPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * Opens an antd Select by its test id, picks the option with this title (or, with `exact: false`, the option whose
 * text contains it), and checks that the Select now shows it. A Select clicked while its modal is still opening can
 * close again as the modal takes focus, so the pick is retried until the choice shows. With `search`, the label is
 * typed into a searchable Select first.
 */
export async function choose(page: Page, testId: string, label: string, { exact = true, search = false } = {}) {
  const select = page.getByTestId(testId);
  await expect(async () => {
    if (!((await select.textContent()) ?? '').includes(label)) {
      await select.click();
      // A long list renders only the options in view: a searchable Select is narrowed down by typing first.
      if (search) await select.locator('input').fill(label);
      const dropdown = page.locator('.ant-select-dropdown:visible');
      const option = exact
        ? dropdown.getByTitle(label, { exact: true })
        : dropdown.locator('.ant-select-item-option', { hasText: label });
      await option.click({ timeout: 2_000 });
    }
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
