import { expect, type Page } from '@playwright/test';

/** The local user global setup created; the twin's pool accepts exactly these. */
export function localUser(): { email: string; password: string } {
  const email = process.env.E2E_USER_EMAIL;
  const password = process.env.E2E_USER_PASSWORD;
  if (!email || !password) throw new Error('E2E_USER_EMAIL / E2E_USER_PASSWORD are set by global setup; run through `npm run test:e2e`.');
  return { email, password };
}

/** Signs in through the stock Authenticator against the twin's local Cognito endpoint. */
export async function signIn(page: Page, path = '/'): Promise<void> {
  const { email, password } = localUser();
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 15_000 });
}
