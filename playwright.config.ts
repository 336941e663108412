import { defineConfig, devices } from '@playwright/test';
import { e2ePort } from './tests/e2e/support/port';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // The tests share one twin and one build; they run in order so counts and timings stay meaningful.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI, with a trace kept, so a rare timing flake is visible in the report but does not block a landing.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  // Starts the local twin and the production build (`next build` + `next start`), and stops both after.
  globalSetup: './tests/e2e/support/global-setup.ts',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${e2ePort()}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
