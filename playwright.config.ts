import { defineConfig } from '@playwright/test';
import { launchOptions, resolveBrowser } from './electron/services/export/browser';

// The same Chromium the browser host prints with ($CHROMIUM_PATH, the system's, else the packaged
// one: see electron/services/export/browser.ts). Playwright's own sandbox default (off) stays.
const browser = await resolveBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: launchOptions(browser, false),
    viewport: { width: 1300, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
