import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { placeCall, type PlacedCall } from './support/calls';
import { signIn } from './support/session';

/** Kept out of Playwright's outputDir, which is emptied at the start of every run. */
const SCREENSHOTS = 'test-results/screenshots';
const PHONE = { width: 390, height: 844 };

const rows = (page: Page) => page.getByTestId('call-row');

/** Every WCAG 2.x A/AA rule axe-core knows, plus its best practices, on the page as it is now. */
async function expectNoViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe on the ${view} view: ${violations.length} violations`);
  expect(found, `axe-core violations on the ${view} view`).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let withheld: PlacedCall[] = [];
let known: PlacedCall | null = null;

test.beforeAll(async () => {
  known = await placeCall('+18003569377');
  withheld = [await placeCall('anonymous'), await placeCall('anonymous')];
});

test('the sign-in view has no axe violations and offers only what the local twin supports', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /forgot your password/i })).toHaveCount(0);
  await expectNoViolations(page, 'sign-in');
});

test('the list view has no axe violations, and each input has a label of its own', async ({ page }) => {
  await signIn(page);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByTestId('chart-summary')).toContainText('Times in');
  await expect(page.getByTestId('totals')).toContainText('Heard vanity numbers');
  await expect(page.getByLabel('Caller number', { exact: true })).toHaveCount(1);
  await expectNoViolations(page, 'list');
});

test('the detail view has no axe violations', async ({ page }) => {
  if (known === null) throw new Error('no call was placed');
  await signIn(page, `/calls/${known.contactId}`);
  await expect(page.getByRole('heading', { name: 'Call from +1 800 356 9377' })).toBeVisible();
  await expectNoViolations(page, 'detail');
});

test('on a phone the calls come first, and the list and filters have no axe violations', async ({ page }) => {
  // Three full axe runs: allow for a loaded machine.
  test.slow();
  await page.setViewportSize(PHONE);
  await signIn(page);
  await expect(rows(page).first()).toBeVisible();
  // The first call is on the first screen; the filters wait behind their button.
  const first = await rows(page).first().boundingBox();
  expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height / 2);
  await expect(page.getByRole('search', { name: 'Filter calls' })).toBeHidden();
  await expectNoViolations(page, 'mobile list');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/mobile-list.png` });
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByRole('search', { name: 'Filter calls' })).toBeVisible();
  await expectNoViolations(page, 'mobile filters');
});

test('on a phone the detail view keeps numbers whole and has no axe violations', async ({ page }) => {
  test.slow();
  if (known === null) throw new Error('no call was placed');
  await page.setViewportSize(PHONE);
  await signIn(page, `/calls/${known.contactId}`);
  await expect(page.getByRole('heading', { name: 'Call from +1 800 356 9377' })).toBeVisible();
  // Numbers are read digit by digit: none may wrap onto a second line.
  for (const number of await page.locator('.number').all()) {
    expect(await number.evaluate((element) => element.getClientRects().length)).toBe(1);
  }
  await expectNoViolations(page, 'mobile detail');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/mobile-detail.png`, fullPage: true });
});

test('withheld callers are not one caller', async ({ page }) => {
  const [first, second] = withheld;
  if (first === undefined || second === undefined) throw new Error('the withheld calls were not placed');
  await signIn(page, `/calls/${first.contactId}`);
  await expect(page.getByRole('heading', { name: 'Earlier calls from this number' })).toBeVisible();
  await expect(page.getByText('callers without a number are not one caller')).toBeVisible();
  await expect(page.locator(`a[href="/calls/${second.contactId}"]`)).toHaveCount(0);
});
