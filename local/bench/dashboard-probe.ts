import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';

/**
 * What the benchmark reads from the page. The chart may say it outright on its section
 * (data-testid="calls-chart" with data-loading, data-shown, data-from, data-to, data-unit); else its
 * text summary ("1,234 calls over 24 hours; ...") is read.
 */
export interface ChartReading {
  loading: boolean;
  shown: number | null;
  unit: string | null;
  from: string | null;
  to: string | null;
}

/** Chromium as the e2e suite launches it (playwright.config.ts). */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const TIMEOUT_MS = 60_000;

async function readChart(page: Page): Promise<ChartReading> {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-testid="calls-chart"]');
    if (chart?.hasAttribute('data-shown')) {
      return {
        loading: chart.getAttribute('data-loading') === 'true',
        shown: Number(chart.getAttribute('data-shown')),
        unit: chart.getAttribute('data-unit'),
        from: chart.getAttribute('data-from'),
        to: chart.getAttribute('data-to'),
      };
    }
    const summary = document.querySelector('[data-testid="chart-summary"]')?.textContent ?? '';
    const section = document.querySelector('[data-testid="chart-summary"]')?.closest('section');
    const loading = section?.querySelector('.amplify-loader') !== null && section?.querySelector('.amplify-loader') !== undefined;
    const match = /^([\d,]+) calls? over \d+ (hour|day)s?/.exec(summary.trim());
    const shown = match ? Number((match[1] ?? '').replace(/,/g, '')) : /^No calls/.test(summary.trim()) ? 0 : null;
    return { loading, shown, unit: match?.[2] ?? null, from: null, to: null };
  });
}

/** A chart that says 0 is believed only after this long: "No calls" is also what it says before its first read. */
const ZERO_SETTLE_MS = 3_000;

/** Waits until the chart shows a settled count (for `unit` when given); returns the reading and when it settled. */
export async function waitForChart(page: Page, unit?: 'hour' | 'day'): Promise<{ reading: ChartReading; at: number }> {
  const deadline = Date.now() + TIMEOUT_MS;
  let zeroSince: number | undefined;
  for (;;) {
    const reading = await readChart(page);
    const settled = !reading.loading && reading.shown !== null && (unit === undefined || reading.unit === null || reading.unit === unit);
    if (settled && reading.shown !== 0) return { reading, at: performance.now() };
    if (settled) {
      zeroSince ??= performance.now();
      if (performance.now() - zeroSince > ZERO_SETTLE_MS) return { reading, at: zeroSince };
    } else zeroSince = undefined;
    if (Date.now() > deadline) throw new Error(`the chart did not settle within ${TIMEOUT_MS / 1000} s: ${JSON.stringify(reading)}`);
    await page.waitForTimeout(10);
  }
}

/** Waits for the list's first page (rows or its empty state) and counts the rows. */
export async function waitForRows(page: Page): Promise<{ rows: number; at: number }> {
  await page.locator('[data-testid="call-row"], [data-testid="empty-state"]').first().waitFor({ timeout: TIMEOUT_MS });
  const at = performance.now();
  return { rows: await page.locator('[data-testid="call-row"]').count(), at };
}

export async function signIn(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: TIMEOUT_MS });
}

/**
 * Gzipped KB of the JavaScript a browser downloads to show the list page: a signed-in supervisor's
 * first visit (empty cache), every script until the first rows are shown and the network is idle,
 * lazily loaded chunks the list needs included. The sign-in view's own scripts are counted apart
 * (`signIn`): a signed-out first visit, until the form is shown.
 */
export async function firstLoadJsKb(browser: Browser, baseUrl: string, user: { email: string; password: string }): Promise<{ list: number; signIn: number }> {
  const count = async (storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined, ready: (page: Page) => Promise<unknown>) => {
    const context = await browser.newContext({ timezoneId: 'UTC', ...(storageState ? { storageState } : {}) });
    const page = await context.newPage();
    const scripts: Promise<Buffer | null>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => null));
    });
    await page.goto(`${baseUrl}/`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    await context.close();
    return Math.round(bodies.reduce((sum, body) => sum + (body === null ? 0 : gzipSync(body).length), 0) / 1024);
  };
  const signInKb = await count(undefined, (page) => page.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ timeout: TIMEOUT_MS }));
  const session = await browser.newContext({ timezoneId: 'UTC' });
  const page = await session.newPage();
  await signIn(page, baseUrl, user);
  const state = await session.storageState();
  await session.close();
  const listKb = await count(state, (listPage) => waitForRows(listPage));
  return { list: listKb, signIn: signInKb };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM, env: { ...process.env, TZ: 'UTC' } });
}
